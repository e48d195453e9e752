<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>DeliverablesActions</name>
    <message numerus="yes">
      <source>%n account(s) of the imported plan had an access token in this computer's keyring. Copy them for the new plan? The new plan keeps its own copy: forgetting a token in one plan never removes it from the other.</source>
      <translation>
        <numerusform>%n account of the imported plan had an access token in this computer's keyring. Copy them for the new plan? The new plan keeps its own copy: forgetting a token in one plan never removes it from the other.</numerusform>
        <numerusform>%n accounts of the imported plan had an access token in this computer's keyring. Copy them for the new plan? The new plan keeps its own copy: forgetting a token in one plan never removes it from the other.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Tokens copied for %n account(s).</source>
      <translation>
        <numerusform>Tokens copied for %n account.</numerusform>
        <numerusform>Tokens copied for %n accounts.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n token(s) are not in this computer's keyring: enter them in Edit &gt; Accounts.</source>
      <translation>
        <numerusform>%n token are not in this computer's keyring: enter them in Edit &gt; Accounts.</numerusform>
        <numerusform>%n tokens are not in this computer's keyring: enter them in Edit &gt; Accounts.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MonthlyReportActions</name>
    <message numerus="yes">
      <source>%1

%n page(s) written.</source>
      <translation>
        <numerusform>%1

%n page written.</numerusform>
        <numerusform>%1

%n pages written.</numerusform>
      </translation>
    </message>
  </context>
</TS>