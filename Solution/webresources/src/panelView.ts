// The panel's DOM. Every text from the data (titles, reasons, notes, error messages) goes in through
// textContent or attributes, never innerHTML, so a practice titled like markup shows as that text.
import { RankedPractice, Suggestions } from "./suggestionsJson";
import { MaxReasonLength, StatusApplied, StatusDismissed, SuggestionRow } from "./suggestionRows";

export interface ItemActions {
  apply(practice: RankedPractice): void;
  dismiss(practice: RankedPractice, reason: string): void;
  rate(practice: RankedPractice, stars: number): void;
}

type El = keyof HTMLElementTagNameMap;

function el<K extends El>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) {
    e.className = className;
  }
  if (text !== undefined) {
    e.textContent = text;
  }
  return e;
}

function button(label: string, className: string, ariaLabel: string, focusKey: string): HTMLButtonElement {
  const b = el("button", className, label);
  b.type = "button";
  b.setAttribute("aria-label", ariaLabel);
  b.dataset.focusKey = focusKey;
  return b;
}

export class PanelView {
  private readonly list: HTMLOListElement;
  private readonly message: HTMLDivElement;
  private readonly live: HTMLParagraphElement;
  private readonly notice: HTMLParagraphElement;

  constructor(private readonly root: HTMLElement, private readonly onRetry: () => void) {
    root.textContent = "";
    const header = el("div", "header");
    header.append(el("h2", "heading", "Suggested practices"));
    this.notice = el("p", "notice");
    this.notice.id = "dvs-notice";
    this.notice.hidden = true;
    this.message = el("div", "message");
    this.message.id = "dvs-message";
    this.list = el("ol", "list");
    this.list.setAttribute("aria-label", "Suggested practices, best first");
    this.live = el("p", "visually-hidden");
    this.live.setAttribute("role", "status");
    this.live.setAttribute("aria-live", "polite");
    this.live.id = "dvs-live";
    root.append(header, this.notice, this.message, this.list, this.live);
  }

  announce(text: string): void {
    this.live.textContent = text;
  }

  setNotice(text: string | null): void {
    this.notice.textContent = text ?? "";
    this.notice.hidden = text === null;
  }

  showLoading(): void {
    this.root.setAttribute("aria-busy", "true");
    if (this.list.childElementCount === 0) {
      this.showMessage("loading", "Finding the practices that fit this deal…");
    }
  }

  /** A state in place of the list: unsaved, empty, failed, permission. */
  showMessage(state: string, text: string, detail?: string, retry = false): void {
    this.root.setAttribute("aria-busy", "false");
    this.root.dataset.state = state;
    this.list.textContent = "";
    this.message.textContent = "";
    this.message.hidden = false;
    this.message.className = `message message-${state}`;
    this.message.setAttribute("role", state === "failed" || state === "permission" ? "alert" : "status");
    this.message.append(el("p", "message-text", text));
    if (detail) {
      this.message.append(el("p", "message-detail", detail));
    }
    if (retry) {
      const again = button("Try again", "secondary", "Try again to load the suggestions", "retry");
      again.addEventListener("click", () => this.onRetry());
      this.message.append(again);
    }
  }

  showList(data: Suggestions, rows: Map<string, SuggestionRow>, actions: ItemActions, note: string | null): void {
    const focusKey = (document.activeElement as HTMLElement | null)?.dataset?.focusKey;
    this.root.setAttribute("aria-busy", "false");
    this.root.dataset.state = "list";
    this.message.hidden = note === null;
    this.message.className = "message message-note";
    this.message.removeAttribute("role");
    this.message.textContent = note ?? "";
    this.list.textContent = "";
    for (const practice of data.suggestions) {
      this.list.append(this.item(practice, rows.get(practice.practiceId), actions));
    }
    if (focusKey) {
      this.root.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(focusKey)}"]`)?.focus();
    }
  }

  /** Replaces one practice's card after its row changed, keeping focus where it was. */
  updateItem(practice: RankedPractice, row: SuggestionRow | undefined, actions: ItemActions, error?: string): void {
    const old = this.list.querySelector<HTMLElement>(`li[data-practice-id="${CSS.escape(practice.practiceId)}"]`);
    if (!old) {
      return;
    }
    const focusKey = (document.activeElement as HTMLElement | null)?.dataset?.focusKey;
    const fresh = this.item(practice, row, actions, error);
    old.replaceWith(fresh);
    if (focusKey) {
      const target = this.root.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(focusKey)}"]`);
      (target && !(target as HTMLButtonElement).disabled ? target : fresh.querySelector<HTMLElement>(".title"))?.focus();
    }
  }

  private item(practice: RankedPractice, row: SuggestionRow | undefined, actions: ItemActions, error?: string): HTMLLIElement {
    const id = practice.practiceId;
    const li = el("li", "card");
    li.dataset.practiceId = id;
    const title = el("h3", "title", practice.title);
    title.tabIndex = -1;
    title.id = `dvs-title-${id}`;
    li.setAttribute("aria-labelledby", title.id);

    const meta = el("p", "meta");
    meta.append(el("span", "rank", `#${practice.rank}`));
    if (practice.topic) {
      meta.append(el("span", "topic", practice.topic));
    }
    if (practice.practiceKey) {
      meta.append(el("span", "key", practice.practiceKey));
    }
    const status = row?.status === StatusApplied ? "Applied" : row?.status === StatusDismissed ? "Dismissed" : null;
    if (status) {
      const badge = el("span", `badge badge-${status.toLowerCase()}`, status);
      meta.append(badge);
    }

    const reasons = el("ul", "reasons");
    reasons.setAttribute("aria-label", "Why it was suggested");
    for (const reason of practice.reasons) {
      const r = el("li", reason.contribution < 0 ? "reason reason-down" : "reason", reason.text);
      reasons.append(r);
    }
    li.append(title, meta, reasons);

    if (row?.status === StatusDismissed && row.dismissReason) {
      li.append(el("p", "dismiss-reason", `Dismissed: ${row.dismissReason}`));
    }

    const actionsBar = el("div", "actions");
    const applyButton = button(row?.status === StatusApplied ? "Applied" : "Apply", "primary", `Apply ${practice.title}`, `apply-${id}`);
    applyButton.setAttribute("aria-pressed", String(row?.status === StatusApplied));
    applyButton.disabled = !row || row.status === StatusApplied;
    applyButton.addEventListener("click", () => actions.apply(practice));

    const dismissButton = button("Dismiss", "secondary", `Dismiss ${practice.title}`, `dismiss-${id}`);
    dismissButton.disabled = !row || row.status === StatusDismissed;
    dismissButton.setAttribute("aria-expanded", "false");

    const stars = el("div", "stars");
    stars.setAttribute("role", "group");
    stars.setAttribute("aria-label", `Rate ${practice.title}`);
    for (let n = 1; n <= 5; n++) {
      const filled = row?.rating != null && n <= row.rating;
      const star = button(filled ? "★" : "☆", "star", `${n} of 5 stars`, `rate-${id}-${n}`);
      star.setAttribute("aria-pressed", String(row?.rating === n));
      star.disabled = !row;
      star.addEventListener("click", () => actions.rate(practice, n));
      stars.append(star);
    }
    actionsBar.append(applyButton, dismissButton, stars);
    li.append(actionsBar);

    if (!row) {
      li.append(el("p", "pending", "Feedback opens once this suggestion is saved on the deal."));
    }

    const form = this.dismissForm(practice, actions, dismissButton);
    li.append(form);
    dismissButton.setAttribute("aria-controls", form.id);
    dismissButton.addEventListener("click", () => {
      form.hidden = false;
      dismissButton.setAttribute("aria-expanded", "true");
      form.querySelector("textarea")?.focus();
    });

    if (error) {
      const e = el("p", "item-error", error);
      e.setAttribute("role", "alert");
      li.append(e);
    }
    return li;
  }

  private dismissForm(practice: RankedPractice, actions: ItemActions, opener: HTMLButtonElement): HTMLFormElement {
    const id = practice.practiceId;
    const form = el("form", "dismiss-form");
    form.id = `dvs-dismiss-${id}`;
    form.hidden = true;
    form.noValidate = true;
    const label = el("label", "field-label", "Why doesn't it fit this deal?");
    const area = el("textarea", "reason-input");
    area.id = `dvs-reason-${id}`;
    area.maxLength = MaxReasonLength;
    area.rows = 2;
    area.required = true;
    area.dataset.focusKey = `reason-${id}`;
    label.htmlFor = area.id;
    const problem = el("p", "field-error");
    problem.id = `dvs-reason-error-${id}`;
    problem.hidden = true;
    area.setAttribute("aria-describedby", problem.id);
    const confirm = el("button", "primary", "Dismiss it");
    confirm.type = "submit";
    confirm.dataset.focusKey = `confirm-${id}`;
    const cancel = button("Cancel", "secondary", "Cancel dismissing", `cancel-${id}`);
    const close = (): void => {
      form.hidden = true;
      opener.setAttribute("aria-expanded", "false");
      opener.focus();
    };
    cancel.addEventListener("click", close);
    form.addEventListener("keydown", (e) => {
      if (e.key === "Escape") {
        e.preventDefault();
        close();
      }
    });
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      const reason = area.value.trim();
      if (reason.length === 0) {
        problem.textContent = "Give a reason, so the library learns what does not fit.";
        problem.hidden = false;
        area.setAttribute("aria-invalid", "true");
        area.focus();
        return;
      }
      actions.dismiss(practice, reason);
    });
    const buttons = el("div", "form-buttons");
    buttons.append(confirm, cancel);
    form.append(label, area, problem, buttons);
    return form;
  }
}
