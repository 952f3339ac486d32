// Builds the web resources into the solution's unpacked layout (Solution/src/WebResources/dvs_/...): esbuild
// bundles each entry, pages are copied, and each file gets its .data.xml (the WebResource row). Every file is
// written to a temporary name and renamed, and only when its bytes change, so a build killed midway leaves the
// previous complete file and a build that changes nothing touches nothing.
import { build } from "esbuild";
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const outArg = process.argv.indexOf("--out");
const out = resolve(outArg > 0 ? process.argv[outArg + 1] : join(here, "..", "src", "WebResources"));

// Web resource ids are fixed: they are the rows' ids in every environment the solution is imported into.
const resources = [
  { name: "dvs_/panel/suggestions.html", id: "132d97a1-f260-44c2-b772-582db295230d", type: 1, page: "pages/suggestions.html",
    display: "Suggested practices panel", description: "The opportunity form's suggestions panel." },
  { name: "dvs_/panel/suggestions.js", id: "ad5162a6-c6aa-4557-a5da-e7882a54965d", type: 3, entry: "src/panel.ts",
    display: "Suggested practices panel script", description: "Ranks, applies, dismisses and rates the deal's suggested practices." },
  { name: "dvs_/panel/tagnotes.html", id: "b9590310-6212-4cf2-b0a8-9c979dc9eac5", type: 1, page: "pages/tagnotes.html",
    display: "Tag as practice source dialog", description: "Asks a manager for the notes of a practice-source tag." },
  { name: "dvs_/panel/tagnotes.js", id: "daae8b71-ea82-4331-a6a5-5ebd61f4b80c", type: 3, entry: "src/tagNotes.ts",
    display: "Tag as practice source dialog script", description: "Writes the practice-source tag and its notes." },
  { name: "dvs_/js/opportunityform.js", id: "e17daa55-5d73-4b2a-bb3c-e13bf87c7c34", type: 3, entry: "src/opportunityForm.ts",
    global: "DataverseSharing.OpportunityForm", display: "Opportunity form library", description: "Hands the form context to the suggestions panel." },
  { name: "dvs_/js/tagcommand.js", id: "50b09607-4309-4b14-a87f-8a1453579429", type: 3, entry: "src/tagCommand.ts",
    global: "DataverseSharing.TagCommand", display: "Tag as practice source command", description: "The command bar's Tag as practice source: enable rule and action." },
];

function writeAtomically(path, bytes) {
  if (existsSync(path) && Buffer.compare(readFileSync(path), Buffer.from(bytes)) === 0) {
    return false;
  }
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, bytes);
    renameSync(temp, path);
  } finally {
    rmSync(temp, { force: true });
  }
  return true;
}

const xml = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function dataXml(r) {
  return `<?xml version="1.0" encoding="utf-8"?>
<WebResource xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <WebResourceId>{${r.id}}</WebResourceId>
  <Name>${xml(r.name)}</Name>
  <DisplayName>${xml(r.display)}</DisplayName>
  <Description>${xml(r.description)}</Description>
  <WebResourceType>${r.type}</WebResourceType>
  <IntroducedVersion>1.0.0.0</IntroducedVersion>
  <IsEnabledForMobileClient>0</IsEnabledForMobileClient>
  <IsAvailableForMobileOffline>0</IsAvailableForMobileOffline>
  <DependencyXml>&lt;Dependencies /&gt;</DependencyXml>
  <IsCustomizable>1</IsCustomizable>
  <CanBeDeleted>1</CanBeDeleted>
  <IsHidden>0</IsHidden>
  <FileName>/WebResources/${xml(r.name)}</FileName>
</WebResource>
`;
}

let written = 0;
for (const r of resources) {
  let bytes;
  if (r.page) {
    bytes = readFileSync(join(here, r.page));
  } else {
    const result = await build({
      entryPoints: [join(here, r.entry)],
      bundle: true,
      write: false,
      format: "iife",
      globalName: r.global,
      target: "es2020",
      platform: "browser",
      legalComments: "none",
      charset: "utf8",
      logLevel: "warning",
    });
    bytes = result.outputFiles[0].contents;
  }
  const file = join(out, ...r.name.split("/"));
  if (writeAtomically(file, bytes)) written++;
  if (writeAtomically(`${file}.data.xml`, dataXml(r))) written++;
}
console.log(`web resources: ${resources.length} in ${out} (${written} file(s) written)`);
