<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>ApprovalActions</name>
    <message numerus="yes">
      <source>Send %n post(s) for approval</source>
      <translation>
        <numerusform>Send %n post for approval</numerusform>
        <numerusform>Send %n posts for approval</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%1

%n post(s) to approve. E-mail this file to the client: it opens in any browser, offline. Drop the answers file they send back on this window.</source>
      <translation>
        <numerusform>%1

%n post to approve. E-mail this file to the client: it opens in any browser, offline. Drop the answers file they send back on this window.</numerusform>
        <numerusform>%1

%n posts to approve. E-mail this file to the client: it opens in any browser, offline. Drop the answers file they send back on this window.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n post(s) approved</source>
      <translation>
        <numerusform>%n post approved</numerusform>
        <numerusform>%n posts approved</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n post(s) with changes requested</source>
      <translation>
        <numerusform>%n post with changes requested</numerusform>
        <numerusform>%n posts with changes requested</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n answer(s) already applied</source>
      <translation>
        <numerusform>%n answer already applied</numerusform>
        <numerusform>%n answers already applied</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n conflict(s):</source>
      <translation>
        <numerusform>%n conflict:</numerusform>
        <numerusform>%n conflicts:</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CalendarActions</name>
    <message numerus="yes">
      <source>Copy %n post(s) to the ideas</source>
      <translation>
        <numerusform>Copy %n post to the ideas</numerusform>
        <numerusform>Copy %n posts to the ideas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Move %n post(s) to the ideas</source>
      <translation>
        <numerusform>Move %n post to the ideas</numerusform>
        <numerusform>Move %n posts to the ideas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Copy %n post(s) to %1</source>
      <translation>
        <numerusform>Copy %n post to %1</numerusform>
        <numerusform>Copy %n posts to %1</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Move %n post(s) to %1</source>
      <translation>
        <numerusform>Move %n post to %1</numerusform>
        <numerusform>Move %n posts to %1</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Delete %n post(s)</source>
      <translation>
        <numerusform>Delete %n post</numerusform>
        <numerusform>Delete %n posts</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Mark %n post(s) as "%1"</source>
      <translation>
        <numerusform>Mark %n post as "%1"</numerusform>
        <numerusform>Mark %n posts as "%1"</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Duplicate %n post(s)</source>
      <translation>
        <numerusform>Duplicate %n post</numerusform>
        <numerusform>Duplicate %n posts</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CalendarExchangeActions</name>
    <message numerus="yes">
      <source>%n row(s) written: %1.</source>
      <translation>
        <numerusform>%n row written: %1.</numerusform>
        <numerusform>%n rows written: %1.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n post(s) left out:</source>
      <translation>
        <numerusform>%n post left out:</numerusform>
        <numerusform>%n posts left out:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Import %n post(s) from %1</source>
      <translation>
        <numerusform>Import %n post from %1</numerusform>
        <numerusform>Import %n posts from %1</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CalendarGridView</name>
    <message numerus="yes">
      <source>+%n more</source>
      <translation>
        <numerusform>+%n more</numerusform>
        <numerusform>+%n more</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CalendarLabels</name>
    <message numerus="yes">
      <source>Label %n post(s) “%1”</source>
      <translation>
        <numerusform>Label %n post “%1”</numerusform>
        <numerusform>Label %n posts “%1”</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Take the label “%1” off %n post(s)</source>
      <translation>
        <numerusform>Take the label “%1” off %n post</numerusform>
        <numerusform>Take the label “%1” off %n posts</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ClientCommentDialog</name>
    <message numerus="yes">
      <source>The client's comment on %n post(s):</source>
      <translation>
        <numerusform>The client's comment on %n post:</numerusform>
        <numerusform>The client's comment on %n posts:</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>LabelsDialog</name>
    <message numerus="yes">
      <source>It is on %n post(s): deleting it takes it off them, nothing else changes.</source>
      <translation>
        <numerusform>It is on %n post: deleting it takes it off them, nothing else changes.</numerusform>
        <numerusform>It is on %n posts: deleting it takes it off them, nothing else changes.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PostGestures</name>
    <message numerus="yes">
      <source>Change the network of %n post(s)</source>
      <translation>
        <numerusform>Change the network of %n post</numerusform>
        <numerusform>Change the network of %n posts</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Change the campaign of %n post(s)</source>
      <translation>
        <numerusform>Change the campaign of %n post</numerusform>
        <numerusform>Change the campaign of %n posts</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Delete the %n selected post(s)?</source>
      <translation>
        <numerusform>Delete the %n selected post?</numerusform>
        <numerusform>Delete the %n selected posts?</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PostsImportDialog</name>
    <message numerus="yes">
      <source>%n new post(s)</source>
      <translation>
        <numerusform>%n new post</numerusform>
        <numerusform>%n new posts</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n update(s)</source>
      <translation>
        <numerusform>%n update</numerusform>
        <numerusform>%n updates</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n unchanged</source>
      <translation>
        <numerusform>%n unchanged</numerusform>
        <numerusform>%n unchanged</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n row(s) have problems: nothing is imported until they are corrected, unless you skip them.</source>
      <translation>
        <numerusform>%n row has problems: nothing is imported until they are corrected, unless you skip them.</numerusform>
        <numerusform>%n rows have problems: nothing is imported until they are corrected, unless you skip them.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>UnusedMedia</name>
    <message numerus="yes">
      <source>No post uses %n of the files kept in the plan (%1).</source>
      <translation>
        <numerusform>No post uses %n of the files kept in the plan (%1).</numerusform>
        <numerusform>No post uses %n of the files kept in the plan (%1).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Remove %n unused media</source>
      <translation>
        <numerusform>Remove %n unused media</numerusform>
        <numerusform>Remove %n unused media</numerusform>
      </translation>
    </message>
  </context>
</TS>