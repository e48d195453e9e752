<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>DropHighlight</name>
    <message numerus="yes">
      <source>Drop the %Ln file(s) to import them into the statistics</source>
      <translation>
        <numerusform>Drop the file to import it into the statistics</numerusform>
        <numerusform>Drop the %Ln files to import them into the statistics</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>HeatMapView</name>
    <message numerus="yes">
      <source>%Ln post(s)</source>
      <translation>
        <numerusform>%Ln post</numerusform>
        <numerusform>%Ln posts</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PlanActualPanel</name>
    <message numerus="yes">
      <source>Match with the calendar: %Ln imported post(s) recognised as planned posts and marked published</source>
      <translation>
        <numerusform>Match with the calendar: %Ln imported post recognised as planned posts and marked published</numerusform>
        <numerusform>Match with the calendar: %Ln imported posts recognised as planned posts and marked published</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln imported post(s) match no planned post.</source>
      <translation>
        <numerusform>%Ln imported post match no planned post.</numerusform>
        <numerusform>%Ln imported posts match no planned post.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln planned post(s) due: </source>
      <translation>
        <numerusform>%Ln planned post due: </numerusform>
        <numerusform>%Ln planned posts due: </numerusform>
      </translation>
    </message>
  </context>
</TS>