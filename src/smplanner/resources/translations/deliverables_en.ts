<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>DeliverablesActions</name>
    <message numerus="yes">
      <source>%Ln account(s) of the imported plan had an access token in this computer's keyring. Copy them for the new plan? The new plan keeps its own copy: forgetting a token in one plan never removes it from the other.</source>
      <translation>
        <numerusform>%Ln account of the imported plan had an access token in this computer's keyring. Copy them for the new plan? The new plan keeps its own copy: forgetting a token in one plan never removes it from the other.</numerusform>
        <numerusform>%Ln accounts of the imported plan had an access token in this computer's keyring. Copy them for the new plan? The new plan keeps its own copy: forgetting a token in one plan never removes it from the other.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Tokens copied for %Ln account(s).</source>
      <translation>
        <numerusform>Tokens copied for %Ln account.</numerusform>
        <numerusform>Tokens copied for %Ln accounts.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln token(s) are not in this computer's keyring: enter them in Edit &gt; Accounts.</source>
      <translation>
        <numerusform>%Ln token are not in this computer's keyring: enter them in Edit &gt; Accounts.</numerusform>
        <numerusform>%Ln tokens are not in this computer's keyring: enter them in Edit &gt; Accounts.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MonthlyReportActions</name>
    <message numerus="yes">
      <source>%1

%Ln page(s) written.</source>
      <translation>
        <numerusform>%1

%Ln page written.</numerusform>
        <numerusform>%1

%Ln pages written.</numerusform>
      </translation>
    </message>
  </context>
</TS>