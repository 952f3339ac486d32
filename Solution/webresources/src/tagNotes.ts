// The dialog the tag command opens (dvs_/panel/tagnotes.html): the manager's notes, then one Update of the deal's
// practice-source flag and notes. The tag plug-in refuses what it must (open deal, no manager role) with a message
// shown here as text.
import { classify } from "./dataverseError";

const MaxNotes = 2000;

function opportunityId(): string {
  // navigateTo passes its data as the page's `data` query parameter.
  const value = new URLSearchParams(window.location.search).get("data") ?? "";
  if (!/^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i.test(value)) {
    throw new Error("The tag dialog was opened without the deal's id.");
  }
  return value;
}

export function start(api: Xrm.WebApi): void {
  const form = document.getElementById("dvs-tag-form") as HTMLFormElement;
  const notes = document.getElementById("dvs-tag-notes") as HTMLTextAreaElement;
  const problem = document.getElementById("dvs-tag-error") as HTMLParagraphElement;
  const cancel = document.getElementById("dvs-tag-cancel") as HTMLButtonElement;
  notes.maxLength = MaxNotes;
  notes.focus();
  cancel.addEventListener("click", () => window.close());
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const text = notes.value.trim();
    if (text.length === 0) {
      problem.textContent = "Say what made this deal worth learning from.";
      problem.hidden = false;
      notes.focus();
      return;
    }
    try {
      await api.updateRecord("opportunity", opportunityId(), { dvs_ispracticesource: true, dvs_practicesourcenote: text });
      window.close();
    } catch (error) {
      const p = classify(error);
      problem.textContent = p.kind === "permission" ? "Only a sales manager can tag a deal as a practice source." : p.message;
      problem.hidden = false;
    }
  });
}

const host = window.parent as Window & { Xrm?: Xrm.XrmStatic };
document.addEventListener("DOMContentLoaded", () => {
  if (host.Xrm) {
    start(host.Xrm.WebApi);
  }
});
