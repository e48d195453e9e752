<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>GuidancePanel</name>
    <message numerus="yes">
      <source>Workshop: %n of %1 sections complete</source>
      <translation>
        <numerusform>Workshop: %n of %1 sections complete</numerusform>
        <numerusform>Workshop: %n of %1 sections complete</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PillarMixPanel</name>
    <message numerus="yes">
      <source>Beyond the tolerance (%n case(s)): %1</source>
      <translation>
        <numerusform>Beyond the tolerance (%n case): %1</numerusform>
        <numerusform>Beyond the tolerance (%n cases): %1</numerusform>
      </translation>
    </message>
  </context>
</TS>