<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>HeatMapView</name>
    <message numerus="yes">
      <source>%n post(s)</source>
      <translation>
        <numerusform>%n post</numerusform>
        <numerusform>%n posts</numerusform>
      </translation>
    </message>
  </context>
</TS>