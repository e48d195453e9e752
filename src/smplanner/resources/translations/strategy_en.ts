<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>GuidancePanel</name>
    <message numerus="yes">
      <source>Workshop: %Ln of %1 sections complete</source>
      <translation>
        <numerusform>Workshop: %Ln of %1 sections complete</numerusform>
        <numerusform>Workshop: %Ln of %1 sections complete</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PillarMixPanel</name>
    <message numerus="yes">
      <source>Beyond the tolerance (%Ln case(s)): %1</source>
      <translation>
        <numerusform>Beyond the tolerance (%Ln case): %1</numerusform>
        <numerusform>Beyond the tolerance (%Ln cases): %1</numerusform>
      </translation>
    </message>
  </context>
</TS>