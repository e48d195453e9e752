// The approval page: shows the posts of the round and collects the client's answers.
// Everything the plan wrote is shown with textContent (never parsed as HTML), so a
// post's words cannot run anything. Answers are kept in localStorage while the page
// is open again and again, and leave as a small JSON file (or copied text).
(function () {
  "use strict";
  var round = JSON.parse(document.getElementById("round-data").textContent);
  var T = round.texts;
  var storeKey = "smplanner-approval-" + round.round_id;
  var answers = {};
  try { answers = JSON.parse(window.localStorage.getItem(storeKey) || "{}") || {}; } catch (e) { answers = {}; }

  function say(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, name) { return String(values[name]); });
  }
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }
  function save() {
    try { window.localStorage.setItem(storeKey, JSON.stringify(answers)); } catch (e) { /* private mode */ }
  }
  function answersDocument() {
    var list = round.posts.filter(function (p) { return answers[p.id]; }).map(function (p) {
      var a = answers[p.id];
      return { post_id: p.id, decision: a.decision, comment: a.comment || "" };
    });
    return {
      format: "smplanner-approval-answers", version: 1, plan_id: round.plan_id,
      round_id: round.round_id, answered_at: new Date().toISOString(), answers: list
    };
  }

  function card(post) {
    var article = el("article", "post");
    article.id = "post-" + post.id;
    article.dataset.postId = String(post.id);
    article.style.setProperty("--net", post.network_colour);
    var meta = el("div", "meta");
    meta.appendChild(el("span", "network", post.network_name));
    meta.appendChild(el("span", "when", post.when));
    article.appendChild(meta);
    if (post.title) article.appendChild(el("h2", null, post.title));
    var preview = el("div", "preview " + post.network);
    preview.appendChild(el("div", "text", post.text));
    if (post.images.length) {
      var media = el("div", "media");
      post.images.forEach(function (src) { var img = el("img"); img.src = src; img.alt = ""; media.appendChild(img); });
      preview.appendChild(media);
    }
    if (post.hashtags) preview.appendChild(el("div", "extra", T.hashtags + T.colon + post.hashtags));
    if (post.link) preview.appendChild(el("div", "extra", T.link + T.colon + post.link));
    if (post.first_comment) preview.appendChild(el("div", "extra", T.first_comment + T.colon + post.first_comment));
    if (post.left_out.length) preview.appendChild(el("div", "left-out", say(T.media_left_out, { names: post.left_out.join(", ") })));
    article.appendChild(preview);
    var comment = el("textarea", "comment");
    comment.placeholder = T.comment;
    comment.setAttribute("aria-label", T.comment);
    var actions = el("div", "actions");
    var approve = el("button", "approve", T.approve);
    var request = el("button", "request", T.request);
    approve.type = request.type = "button";
    actions.appendChild(approve);
    actions.appendChild(request);
    var hint = el("div", "hint");
    var state = el("div", "state");
    article.appendChild(comment);
    article.appendChild(actions);
    article.appendChild(hint);
    article.appendChild(state);

    function show() {
      var a = answers[post.id];
      article.classList.remove("approved", "changes_requested");
      if (!a) { state.className = "state waiting"; state.textContent = T.waiting; return; }
      article.classList.add(a.decision);
      state.className = "state " + a.decision;
      state.textContent = a.decision === "approved" ? T.approved : T.changes_requested + T.colon + a.comment;
    }
    approve.addEventListener("click", function () {
      answers[post.id] = { decision: "approved", comment: comment.value.trim() };
      hint.textContent = ""; save(); show(); progress();
    });
    request.addEventListener("click", function () {
      var text = comment.value.trim();
      if (!text) { hint.textContent = T.comment_needed; comment.focus(); return; }
      answers[post.id] = { decision: "changes_requested", comment: text };
      hint.textContent = ""; save(); show(); progress();
    });
    if (answers[post.id]) comment.value = answers[post.id].comment || "";
    show();
    return article;
  }

  function progress() {
    var done = round.posts.filter(function (p) { return answers[p.id]; }).length;
    document.getElementById("progress").textContent = say(T.answered, { done: done, total: round.posts.length });
  }

  document.title = say(T.title, { client: round.client });
  document.getElementById("title").textContent = document.title;
  document.getElementById("intro").textContent = say(T.intro, { period: round.period });
  document.getElementById("sent").textContent = say(T.sent, { date: round.sent_on });
  var main = document.getElementById("posts");
  if (!round.posts.length) main.appendChild(el("p", null, T.nothing));
  round.posts.forEach(function (post) { main.appendChild(card(post)); });
  progress();

  var download = document.getElementById("download");
  download.textContent = T.download;
  download.addEventListener("click", function () {
    var blob = new Blob([JSON.stringify(answersDocument(), null, 2)], { type: "application/json" });
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = round.answers_file;
    document.body.appendChild(link);
    link.click();
    setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
  });
  var copy = document.getElementById("copy");
  copy.textContent = T.copy;
  copy.addEventListener("click", function () {
    var text = JSON.stringify(answersDocument());
    var box = document.getElementById("copy-box");
    box.value = text;
    function byHand() { box.style.display = "block"; box.select(); document.getElementById("progress").textContent = T.copy_by_hand; }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () { document.getElementById("progress").textContent = T.copied; }, byHand);
    } else { byHand(); }
  });
})();
