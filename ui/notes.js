() => {
  // Reflect's notes: saved on every change (debounced), on paste, on leaving the box and
  // before the page goes; "Saved at" only once the server answered for the latest text; a
  // failed save is shown as not saved and retried; until saved, the text is kept in this
  // browser (localStorage, per person and session) and offered back after a reload.
  if (window.turntableNotes) return;
  const DEBOUNCE = 700, ANSWER_WAIT = 5000, MAX_BACKOFF = 30000;
  const S = { key: null, sid: null, rev: 0, acked: 0, sent: 0, refused: 0, backoff: 1000,
              timer: null, retry: null, message: "", seen: null };
  const box = () => document.querySelector("#notes textarea");
  const inNotes = (e) => e.target && e.target.closest && e.target.closest("#notes");
  const clickHidden = (id) => { const b = document.getElementById(id); if (b) b.click(); };
  const say = (text) => { S.message = text; clickHidden("notes-say"); };
  const draftName = (key) => "turntable-notes:" + key;

  function keepDraft() {
    const b = box();
    if (!S.key || !b) return;
    try {
      localStorage.setItem(draftName(S.key), JSON.stringify({ text: b.value, at: Date.now() }));
    } catch (err) { /* storage full or off: the server copy is all there is */ }
  }
  function readDraft(key) {
    try { return JSON.parse(localStorage.getItem(draftName(key)) || "null"); }
    catch (err) { return null; }
  }
  function dropDraft(key) {
    try { localStorage.removeItem(draftName(key)); } catch (err) { /* nothing kept */ }
  }

  function send() {
    clearTimeout(S.timer);
    if (!S.key || S.acked >= S.rev || S.refused === S.rev) return;
    S.sent = S.rev;
    clickHidden("notes-save-now");
    clearTimeout(S.retry);
    S.retry = setTimeout(() => {  // no answer in time: say so and try again, backing off
      if (S.acked >= S.rev || S.refused === S.rev) return;
      say("**Not saved**: the server has not answered yet. Trying again; your notes are kept " +
          "in this browser meanwhile.");
      S.backoff = Math.min(S.backoff * 2, MAX_BACKOFF);
      S.timer = setTimeout(send, S.backoff);
    }, ANSWER_WAIT);
  }
  function changed() {
    if (!S.key) return;
    S.rev += 1;
    keepDraft();
    say("Not saved yet: saving…");
    clearTimeout(S.timer);
    S.timer = setTimeout(send, DEBOUNCE);
  }

  function offer(key, draft) {
    let bar = document.getElementById("notes-draft");
    if (!bar) {
      bar = document.createElement("div");
      bar.id = "notes-draft";
      bar.setAttribute("role", "alert");
      bar.style.cssText = "position:fixed;left:50%;bottom:1rem;transform:translateX(-50%);" +
        "z-index:1000;max-width:40rem;padding:.75rem 1rem;border-radius:.5rem;" +
        "background:#fff7e6;color:#3d2b00;border:1px solid #e0a800;" +
        "box-shadow:0 2px 8px rgba(0,0,0,.2);font-size:.95rem";
      const text = document.createElement("span");
      const restore = document.createElement("button");
      const discard = document.createElement("button");
      restore.textContent = "Restore";
      discard.textContent = "Discard";
      for (const b of [restore, discard]) {
        b.type = "button";
        b.style.cssText = "margin-left:.75rem;padding:.2rem .7rem;border:1px solid #b58100;" +
          "border-radius:.3rem;background:#fff;cursor:pointer";
      }
      bar.append(text, restore, discard);
      document.body.append(bar);
    }
    const [text, restore, discard] = bar.children;
    const when = new Date(draft.at || Date.now());
    text.textContent = "Notes you wrote in this browser at " +
      when.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" }) + " (" +
      draft.text.length.toLocaleString("en") + " characters) were not saved.";
    restore.onclick = () => {
      bar.hidden = true;
      const b = box();
      if (!b || S.key !== key) return;
      b.value = draft.text;
      b.dispatchEvent(new Event("input", { bubbles: true }));
    };
    discard.onclick = () => { bar.hidden = true; dropDraft(key); };
    bar.hidden = false;
  }
  // The box may not be on the page yet (its tab is shown by the same answer): wait for it.
  function offerWhenShown(key, tries) {
    const b = box();
    if (S.key !== key) return;
    if (!b) { if (tries > 0) setTimeout(() => offerWhenShown(key, tries - 1), 200); return; }
    const draft = readDraft(key);
    if (!draft || typeof draft.text !== "string") return;
    if (draft.text === b.value) dropDraft(key);  // the server has it already
    else offer(key, draft);
  }
  function hideOffer() {
    const bar = document.getElementById("notes-draft");
    if (bar) bar.hidden = true;
  }

  document.addEventListener("input", (e) => { if (inNotes(e)) changed(); }, true);
  document.addEventListener("paste", (e) => {
    if (inNotes(e)) setTimeout(changed, 0);  // after the pasted text is in the box
  }, true);
  document.addEventListener("focusout", (e) => { if (inNotes(e)) send(); }, true);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden" && S.acked < S.rev) { keepDraft(); send(); }
  });
  // The page's first values can arrive without a change event: look at the answers too.
  setInterval(() => {
    const field = document.querySelector("#notes-sync textarea, #notes-sync input");
    if (!field || !field.value || !window.turntableNotes) return;
    let n;
    try { n = JSON.parse(field.value).n; } catch (err) { return; }
    if (n !== undefined && n !== S.seen) say(window.turntableNotes.sync(field.value));
  }, 400);
  window.addEventListener("pagehide", () => { if (S.acked < S.rev) keepDraft(); });
  window.addEventListener("beforeunload", () => { if (S.acked < S.rev) { keepDraft(); send(); } });

  window.turntableNotes = {
    // Before a save goes out: the session whose notes are in the box, its text, and the
    // revision it is, so the answer can be matched to what was typed since.
    outgoing(session, text, sync) {
      const b = box();
      return [S.sid, b ? b.value : text, JSON.stringify({ rev: S.sent })];
    },
    message() { return S.message; },
    failed() {
      S.backoff = Math.min(S.backoff * 2, MAX_BACKOFF);
      clearTimeout(S.retry);
      clearTimeout(S.timer);
      S.timer = setTimeout(send, S.backoff);
      return "**Not saved**: the server did not take your notes. Trying again in " +
        Math.round(S.backoff / 1000) + " s; they are kept in this browser meanwhile.";
    },
    // Every answer from the server about the notes: a session opened, or a save answered.
    sync(value) {
      let m;
      try { m = JSON.parse(value || "{}"); } catch (err) { return S.message; }
      if (m.n === undefined || m.n === S.seen) return S.message;  // heard already
      S.seen = m.n;
      if (m.kind === "load") {
        clearTimeout(S.timer); clearTimeout(S.retry);
        Object.assign(S, { key: m.key || null, sid: m.sid ?? null, rev: 0, acked: 0, sent: 0,
                           refused: 0, backoff: 1000, message: m.msg || "" });
        hideOffer();
        if (m.key) offerWhenShown(m.key, 50);
        return S.message;
      }
      if (m.kind !== "ack" || m.key !== S.key) return S.message;
      clearTimeout(S.retry);
      S.backoff = 1000;
      if (!m.ok) {
        S.refused = m.rev;  // the server said why; trying again would not help
        S.message = m.msg;
        return S.message;
      }
      S.acked = Math.max(S.acked, m.rev);
      if (S.acked >= S.rev) {
        dropDraft(S.key);
        S.message = m.msg;
      } else {
        S.message = "Not saved yet: saving your latest changes…";
        clearTimeout(S.timer);
        S.timer = setTimeout(send, DEBOUNCE);
      }
      return S.message;
    },
  };
}
