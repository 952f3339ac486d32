using System.Globalization;
using System.Xml.Linq;
using DataverseSharing.LocalDataverse.Metadata.Solution;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Service.Messages.Import;

/// <summary>
/// An import job's log, kept in the importjob row's data column as Dataverse keeps it: an &lt;importexportxml&gt;
/// document with the solution manifest, one element per imported component with its result, and the overall
/// result (success, or failure with the error text), plus the progress and completion columns.
/// </summary>
internal sealed class ImportJobLog(Guid importJobId, DateTime startedOn)
{
    private readonly List<XElement> components = [];
    private string solutionName = string.Empty;
    private XElement? manifest;

    public Guid ImportJobId => importJobId;

    public void Solution(string uniqueName, string friendlyName, string version, bool managed)
    {
        solutionName = uniqueName;
        manifest = new XElement("solutionManifest",
            new XAttribute("id", uniqueName),
            new XAttribute("LocalizedName", friendlyName),
            new XAttribute("managed", managed ? "1" : "0"),
            new XElement("UniqueName", uniqueName),
            new XElement("Version", version));
    }

    /// <summary>Lists what the import loads: tables, roles, steps, custom APIs and environment variables of the zip.</summary>
    public void Components(OrganizationSetup setup, IReadOnlyList<SolutionFile> files)
    {
        foreach (var path in files.Select(f => f.RelativePath).Where(p => p.StartsWith("Entities/", StringComparison.OrdinalIgnoreCase) && p.EndsWith("/Entity.xml", StringComparison.OrdinalIgnoreCase)))
        {
            components.Add(Component("entity", path.Split('/')[1]));
        }

        foreach (var path in files.Select(f => f.RelativePath).Where(p => p.StartsWith("Roles/", StringComparison.OrdinalIgnoreCase)))
        {
            components.Add(Component("role", Path.GetFileNameWithoutExtension(path)));
        }

        foreach (var row in setup.SystemRows.Where(r => r.LogicalName is "sdkmessageprocessingstep" or "customapi" or "environmentvariabledefinition" or "pluginpackage"))
        {
            components.Add(Component(row.LogicalName, row.GetAttributeValue<string>("name") ?? row.GetAttributeValue<string>("uniquename") ?? row.GetAttributeValue<string>("schemaname") ?? row.Id.ToString("D")));
        }
    }

    public Entity Progress(double percent) => Row(percent, Document(result: null, error: null, stop: null), completedOn: null);

    public Entity Succeeded(DateTime completedOn) => Row(100, Document("success", null, completedOn), completedOn);

    public Entity Failed(string error, DateTime completedOn) => Row(100, Document("failure", error, completedOn), completedOn);

    /// <summary>
    /// The log as RetrieveFormattedImportJobResults returns it: an XML Spreadsheet 2003 workbook with one row per
    /// component and its result, and the import's error when it failed.
    /// </summary>
    public static string Format(string? data)
    {
        XNamespace ss = "urn:schemas-microsoft-com:office:spreadsheet";
        var table = new XElement(ss + "Table", SheetRow(ss, "Component", "Name", "Result", "Error"));
        if (!string.IsNullOrEmpty(data))
        {
            var log = XDocument.Parse(data).Root!;
            foreach (var element in log.Descendants("component"))
            {
                var result = element.Element("result");
                table.Add(SheetRow(ss, (string?)element.Attribute("type") ?? string.Empty, (string?)element.Attribute("name") ?? string.Empty, (string?)result?.Attribute("result") ?? string.Empty, (string?)result?.Attribute("errortext") ?? string.Empty));
            }

            var overall = log.Element("result");
            table.Add(SheetRow(ss, "solution", (string?)log.Element("solutionManifests")?.Element("solutionManifest")?.Attribute("id") ?? string.Empty, (string?)overall?.Attribute("result") ?? "in progress", (string?)overall?.Attribute("errortext") ?? string.Empty));
        }

        return new XDocument(new XElement(ss + "Workbook", new XAttribute(XNamespace.Xmlns + "ss", ss.NamespaceName),
            new XElement(ss + "Worksheet", new XAttribute(ss + "Name", "Components"), table))).ToString();
    }

    private static XElement SheetRow(XNamespace ss, params string[] cells) =>
        new(ss + "Row", cells.Select(c => new XElement(ss + "Cell", new XElement(ss + "Data", new XAttribute(ss + "Type", "String"), c))));

    private static XElement Component(string type, string name) =>
        new("component", new XAttribute("type", type), new XAttribute("name", name));

    private string Document(string? result, string? error, DateTime? stop)
    {
        var root = new XElement("importexportxml", new XAttribute("start", Stamp(startedOn)));
        if (stop is { } at)
        {
            root.Add(new XAttribute("stop", Stamp(at)));
        }

        if (manifest is not null)
        {
            root.Add(new XElement("solutionManifests", manifest));
        }

        root.Add(new XElement("components", components.Select(c =>
        {
            var copy = new XElement(c);
            if (result is not null)
            {
                copy.Add(Result(error is null ? "success" : "failure", error));
            }

            return copy;
        })));
        if (result is not null)
        {
            root.Add(Result(result, error));
        }

        return root.ToString(SaveOptions.DisableFormatting);
    }

    private static XElement Result(string result, string? error) =>
        new("result", new XAttribute("result", result), new XAttribute("errorcode", error is null ? "0" : "0x80040203"), new XAttribute("errortext", error ?? string.Empty));

    private Entity Row(double progress, string data, DateTime? completedOn)
    {
        var row = new Entity(ImportJobRows.Table, importJobId)
        {
            ["name"] = solutionName.Length == 0 ? "Solution import" : solutionName,
            ["solutionname"] = solutionName,
            ["progress"] = progress,
            ["data"] = data,
            ["startedon"] = startedOn,
            ["operationcontext"] = "Import",
        };
        if (completedOn is not null)
        {
            row["completedon"] = completedOn;
        }

        return row;
    }

    private static string Stamp(DateTime value) => value.ToString("O", CultureInfo.InvariantCulture);
}
