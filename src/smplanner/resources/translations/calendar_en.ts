<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>ApprovalActions</name>
    <message numerus="yes">
      <source>Send %Ln post(s) for approval</source>
      <translation>
        <numerusform>Send %Ln post for approval</numerusform>
        <numerusform>Send %Ln posts for approval</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%1

%Ln post(s) to approve. E-mail this file to the client: it opens in any browser, offline. Drop the answers file they send back on this window.</source>
      <translation>
        <numerusform>%1

%Ln post to approve. E-mail this file to the client: it opens in any browser, offline. Drop the answers file they send back on this window.</numerusform>
        <numerusform>%1

%Ln posts to approve. E-mail this file to the client: it opens in any browser, offline. Drop the answers file they send back on this window.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln post(s) approved</source>
      <translation>
        <numerusform>%Ln post approved</numerusform>
        <numerusform>%Ln posts approved</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln post(s) with changes requested</source>
      <translation>
        <numerusform>%Ln post with changes requested</numerusform>
        <numerusform>%Ln posts with changes requested</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln answer(s) already applied</source>
      <translation>
        <numerusform>%Ln answer already applied</numerusform>
        <numerusform>%Ln answers already applied</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln conflict(s):</source>
      <translation>
        <numerusform>%Ln conflict:</numerusform>
        <numerusform>%Ln conflicts:</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CalendarActions</name>
    <message numerus="yes">
      <source>Copy %Ln post(s) to the ideas</source>
      <translation>
        <numerusform>Copy %Ln post to the ideas</numerusform>
        <numerusform>Copy %Ln posts to the ideas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Move %Ln post(s) to the ideas</source>
      <translation>
        <numerusform>Move %Ln post to the ideas</numerusform>
        <numerusform>Move %Ln posts to the ideas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Copy %Ln post(s) to %1</source>
      <translation>
        <numerusform>Copy %Ln post to %1</numerusform>
        <numerusform>Copy %Ln posts to %1</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Move %Ln post(s) to %1</source>
      <translation>
        <numerusform>Move %Ln post to %1</numerusform>
        <numerusform>Move %Ln posts to %1</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Delete %Ln post(s)</source>
      <translation>
        <numerusform>Delete %Ln post</numerusform>
        <numerusform>Delete %Ln posts</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Mark %Ln post(s) as "%1"</source>
      <translation>
        <numerusform>Mark %Ln post as "%1"</numerusform>
        <numerusform>Mark %Ln posts as "%1"</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Duplicate %Ln post(s)</source>
      <translation>
        <numerusform>Duplicate %Ln post</numerusform>
        <numerusform>Duplicate %Ln posts</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CalendarExchangeActions</name>
    <message numerus="yes">
      <source>%Ln row(s) written: %1.</source>
      <translation>
        <numerusform>%Ln row written: %1.</numerusform>
        <numerusform>%Ln rows written: %1.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln post(s) left out:</source>
      <translation>
        <numerusform>%Ln post left out:</numerusform>
        <numerusform>%Ln posts left out:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Import %Ln post(s) from %1</source>
      <translation>
        <numerusform>Import %Ln post from %1</numerusform>
        <numerusform>Import %Ln posts from %1</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CalendarGridView</name>
    <message numerus="yes">
      <source>+%Ln more</source>
      <translation>
        <numerusform>+%Ln more</numerusform>
        <numerusform>+%Ln more</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CalendarLabels</name>
    <message numerus="yes">
      <source>Label %Ln post(s) “%1”</source>
      <translation>
        <numerusform>Label %Ln post “%1”</numerusform>
        <numerusform>Label %Ln posts “%1”</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Take the label “%1” off %Ln post(s)</source>
      <translation>
        <numerusform>Take the label “%1” off %Ln post</numerusform>
        <numerusform>Take the label “%1” off %Ln posts</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ClientCommentDialog</name>
    <message numerus="yes">
      <source>The client's comment on %Ln post(s):</source>
      <translation>
        <numerusform>The client's comment on %Ln post:</numerusform>
        <numerusform>The client's comment on %Ln posts:</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>LabelsDialog</name>
    <message numerus="yes">
      <source>It is on %Ln post(s): deleting it takes it off them, nothing else changes.</source>
      <translation>
        <numerusform>It is on %Ln post: deleting it takes it off them, nothing else changes.</numerusform>
        <numerusform>It is on %Ln posts: deleting it takes it off them, nothing else changes.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PostGestures</name>
    <message numerus="yes">
      <source>Change the network of %Ln post(s)</source>
      <translation>
        <numerusform>Change the network of %Ln post</numerusform>
        <numerusform>Change the network of %Ln posts</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Change the campaign of %Ln post(s)</source>
      <translation>
        <numerusform>Change the campaign of %Ln post</numerusform>
        <numerusform>Change the campaign of %Ln posts</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Delete the %Ln selected post(s)?</source>
      <translation>
        <numerusform>Delete the %Ln selected post?</numerusform>
        <numerusform>Delete the %Ln selected posts?</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PostsImportDialog</name>
    <message numerus="yes">
      <source>%Ln new post(s)</source>
      <translation>
        <numerusform>%Ln new post</numerusform>
        <numerusform>%Ln new posts</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln update(s)</source>
      <translation>
        <numerusform>%Ln update</numerusform>
        <numerusform>%Ln updates</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln unchanged</source>
      <translation>
        <numerusform>%Ln unchanged</numerusform>
        <numerusform>%Ln unchanged</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln row(s) have problems: nothing is imported until they are corrected, unless you skip them.</source>
      <translation>
        <numerusform>%Ln row has problems: nothing is imported until they are corrected, unless you skip them.</numerusform>
        <numerusform>%Ln rows have problems: nothing is imported until they are corrected, unless you skip them.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>UnusedMedia</name>
    <message numerus="yes">
      <source>No post uses %Ln of the files kept in the plan (%1).</source>
      <translation>
        <numerusform>No post uses %Ln of the files kept in the plan (%1).</numerusform>
        <numerusform>No post uses %Ln of the files kept in the plan (%1).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Remove %Ln unused media</source>
      <translation>
        <numerusform>Remove %Ln unused media</numerusform>
        <numerusform>Remove %Ln unused media</numerusform>
      </translation>
    </message>
  </context>
</TS>