// The "Tag as practice source" command on the opportunity's command bar (dvs_/js/tagcommand.js): for a closed deal
// and a manager. The tag plug-in (Plugins/Guards/PracticeSourceTag.cs) checks both again and creates the draft.

/** Roles the tag plug-in accepts (PracticeSourceTag.ManagerRoles). */
export const ManagerRoles = ["Sales Manager", "Practice Approver", "Practice Administrator"];

const StateWon = 1;
const StateLost = 2;

/** Enable rule: the deal is closed (won or lost) and the user holds a manager role. */
export function isEnabled(primaryControl: Xrm.FormContext): boolean {
  const state = primaryControl.getAttribute("statecode")?.getValue();
  if (state !== StateWon && state !== StateLost) {
    return false;
  }
  const roles = Xrm.Utility.getGlobalContext().userSettings.roles;
  let manager = false;
  roles.forEach((role) => {
    if (ManagerRoles.some((name) => name.toLowerCase() === (role.name ?? "").toLowerCase())) {
      manager = true;
    }
  });
  return manager;
}

/** The command: asks for the notes in a dialog (dvs_/panel/tagnotes.html), which writes the tag; then reloads the form. */
export async function run(primaryControl: Xrm.FormContext): Promise<void> {
  const id = primaryControl.data.entity.getId().replace(/[{}]/g, "");
  await Xrm.Navigation.navigateTo(
    { pageType: "webresource", webresourceName: "dvs_/panel/tagnotes.html", data: id },
    { target: 2, position: 1, width: { value: 420, unit: "px" }, height: { value: 320, unit: "px" }, title: "Tag as practice source" },
  );
  await primaryControl.data.refresh(false);
}
