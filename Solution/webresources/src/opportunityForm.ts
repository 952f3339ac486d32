// The opportunity main form's library (dvs_/js/opportunityform.js). Its OnLoad hands the form context to the
// suggestions panel's web resource, the way Microsoft documents it (parent.Xrm.Page is deprecated).

/** The web resource control's name on the form (FormXml: control id). */
export const PanelControlName = "WebResource_dvs_suggestions";

type PanelWindow = { setClientApiContext?: (xrm: Xrm.XrmStatic, formContext: Xrm.FormContext) => void };

export async function onLoad(executionContext: Xrm.Events.EventContext): Promise<void> {
  const formContext = executionContext.getFormContext();
  const control = formContext.getControl<Xrm.Controls.IframeControl>(PanelControlName);
  if (!control) {
    return; // the panel was removed from this form: nothing to hand over
  }
  const contentWindow = (await control.getContentWindow()) as unknown as PanelWindow;
  contentWindow.setClientApiContext?.(Xrm, formContext);
}
