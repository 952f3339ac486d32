// The suggestions panel (dvs_/panel/suggestions.html): the deal's ranked practices with their reasons, and the
// rep's apply / dismiss / rate. The form's OnLoad (opportunityForm.ts) hands it the Xrm object and the form
// context through setClientApiContext, as Microsoft documents for web resources on a form.
import { classify } from "./dataverseError";
import { ItemActions, PanelView } from "./panelView";
import * as rows from "./suggestionRows";
import { suggestPractices } from "./suggestPractices";
import { RankedPractice, Suggestions } from "./suggestionsJson";

/** The opportunity columns whose change can change the ranking (OpportunitySchema.RankingColumnList). */
export const RankingColumns = [
  "salesstage", "stepname", "estimatedvalue", "description", "currentsituation", "customerneed", "customerpainpoints",
  "proposedsolution", "dvs_competitors", "dvs_buyerroles", "dvs_decisionunitsize", "dvs_productfamilies", "dvs_region",
  "parentaccountid", "customerid",
];

/** How often, and how many times, the panel looks again for suggestion rows the asynchronous step has yet to write. */
const RowRetryMs = 1000;
const RowRetries = 10;

class SuggestionsPanel {
  private readonly view: PanelView;
  private data: Suggestions | null = null;
  private current = new Map<string, rows.SuggestionRow>();
  private generation = 0;
  private rowTimer: number | undefined;

  constructor(root: HTMLElement, private readonly api: Xrm.WebApi, private readonly form: Xrm.FormContext) {
    this.view = new PanelView(root, () => void this.refresh());
  }

  start(): void {
    const onChange = (): void => this.dealChanged();
    for (const name of RankingColumns) {
      this.form.getAttribute(name)?.addOnChange(onChange);
    }
    this.form.data.entity.addOnPostSave(() => {
      this.view.setNotice(null);
      void this.refresh();
    });
    void this.refresh();
  }

  /** A relevant field changed: the ranking reads the saved deal, so an unsaved change refreshes at the save. */
  private dealChanged(): void {
    if (this.form.data.entity.getIsDirty()) {
      this.view.setNotice("The deal changed: the suggestions refresh when it is saved.");
      return;
    }
    void this.refresh();
  }

  async refresh(): Promise<void> {
    const id = this.form.data.entity.getId();
    if (!id) {
      this.view.showMessage("unsaved", "Save the deal to see the practices suggested for it.");
      return;
    }
    const generation = ++this.generation;
    window.clearTimeout(this.rowTimer);
    this.view.showLoading();
    try {
      const [data, found] = await Promise.all([suggestPractices(this.api, id), rows.loadRows(this.api, id)]);
      if (generation !== this.generation) {
        return; // a newer refresh is under way; its answer wins
      }
      this.data = data;
      this.current = found;
      this.render();
      this.view.announce(`${data.suggestions.length} practice(s) suggested.`);
      this.watchForRows(id, generation, RowRetries);
    } catch (error) {
      if (generation !== this.generation) {
        return;
      }
      const problem = classify(error);
      if (problem.kind === "permission") {
        this.view.showMessage("permission", "You don't have permission to see suggested practices.",
          "Ask your administrator for the Practice Contributor role (or a role that can read best practices).");
      } else {
        this.view.showMessage("failed", "The suggestions could not be loaded.", problem.message, true);
      }
    }
  }

  private render(): void {
    const data = this.data!;
    if (data.libraryCount === 0) {
      this.view.showMessage("empty-library", "The practice library is empty.",
        "Once managers approve practices, the ones that fit this deal show here.");
      return;
    }
    if (data.suggestions.length === 0) {
      this.view.showMessage("empty", "No approved practice fits this deal yet.",
        "Add detail to the deal (stage, products, competitors, description) and save it.");
      return;
    }
    this.view.showList(data, this.current, this.actions, data.note);
  }

  /** The suggest step writes the rows after the save, in the background: look again until each ranked practice has one. */
  private watchForRows(id: string, generation: number, left: number): void {
    const missing = (): boolean => this.data!.suggestions.some((s) => !this.current.has(s.practiceId));
    if (left === 0 || !missing()) {
      return;
    }
    this.rowTimer = window.setTimeout(async () => {
      try {
        const found = await rows.loadRows(this.api, id);
        if (generation !== this.generation) {
          return;
        }
        const changed = this.data!.suggestions.some((s) => !this.current.has(s.practiceId) && found.has(s.practiceId));
        this.current = found;
        if (changed) {
          for (const practice of this.data!.suggestions) {
            this.view.updateItem(practice, found.get(practice.practiceId), this.actions);
          }
        }
        this.watchForRows(id, generation, left - 1);
      } catch {
        // the next refresh tries again
      }
    }, RowRetryMs);
  }

  private readonly actions: ItemActions = {
    apply: (p) => this.act(p, (row) => rows.apply(this.api, row), { status: rows.StatusApplied }, `Applied ${p.title}.`),
    dismiss: (p, reason) =>
      this.act(p, (row) => rows.dismiss(this.api, row, reason), { status: rows.StatusDismissed, dismissReason: reason }, `Dismissed ${p.title}.`),
    rate: (p, stars) => this.act(p, (row) => rows.rate(this.api, row, stars), { rating: stars }, `Rated ${p.title} ${stars} of 5.`),
  };

  private async act(practice: RankedPractice, write: (row: rows.SuggestionRow) => Promise<void>, change: Partial<rows.SuggestionRow>, done: string): Promise<void> {
    const row = this.current.get(practice.practiceId);
    if (!row) {
      return;
    }
    try {
      await write(row);
      const updated = { ...row, ...change };
      this.current.set(practice.practiceId, updated);
      this.view.updateItem(practice, updated, this.actions);
      this.view.announce(done);
    } catch (error) {
      const problem = classify(error);
      const text = problem.kind === "permission"
        ? "You don't have permission to change this suggestion."
        : `Not saved: ${problem.message}`;
      this.view.updateItem(practice, row, this.actions, text);
      this.view.announce(text);
    }
  }
}

let started: SuggestionsPanel | null = null;

/** Called by the form's OnLoad with the form's Xrm and formContext; a second call (the form reloaded) restarts. */
function setClientApiContext(xrm: Xrm.XrmStatic, formContext: Xrm.FormContext): void {
  const root = document.getElementById("dvs-panel");
  if (!root) {
    throw new Error("The suggestions panel's page has no #dvs-panel element.");
  }
  started = new SuggestionsPanel(root, xrm.WebApi, formContext);
  started.start();
}

declare global {
  interface Window {
    setClientApiContext: typeof setClientApiContext;
  }
}

window.setClientApiContext = setClientApiContext;
