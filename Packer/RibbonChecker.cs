using System.Xml.Linq;

namespace DataverseSharing.Packer;

/// <summary>
/// What the schema cannot say about an entity's RibbonDiff.xml: that the ids it refers to exist. A button's command,
/// a command's enable and display rules and a <c>$LocLabels:</c> label must be defined in the same file unless they
/// are the platform's own (<c>Mscrm.</c>); a <c>$webresource:</c> library with the solution's own prefix must be a
/// web resource of the folder (one with another prefix may come from a solution this one depends on).
/// </summary>
internal static class RibbonChecker
{
    private const string Platform = "Mscrm.";
    private const string WebResource = "$webresource:";
    private const string Label = "$LocLabels:";

    internal static void Check(SortedDictionary<string, byte[]> files, string? prefix, List<SolutionProblem> problems)
    {
        foreach (var (path, bytes) in files.Where(f => f.Key.StartsWith("Entities/", StringComparison.Ordinal) && f.Key.EndsWith("/RibbonDiff.xml", StringComparison.Ordinal)))
        {
            var root = XmlFiles.Root(path, XmlFiles.Parse(path, bytes), "RibbonDiffXml");
            var commands = Ids(root.Element("CommandDefinitions")?.Elements("CommandDefinition"));
            var enableRules = Ids(root.Element("RuleDefinitions")?.Element("EnableRules")?.Elements("EnableRule"));
            var displayRules = Ids(root.Element("RuleDefinitions")?.Element("DisplayRules")?.Elements("DisplayRule"));
            var labels = Ids(root.Element("LocLabels")?.Elements("LocLabel"));
            void Problem(XObject where, string message) => problems.Add(new SolutionProblem(path, XmlFiles.Line(where), message));

            foreach (var control in root.Descendants().Where(e => e.Attribute("Command") is not null))
            {
                var command = (string)control.Attribute("Command")!;
                if (!command.StartsWith(Platform, StringComparison.Ordinal) && !commands.Contains(command))
                {
                    Problem(control, $"<{control.Name.LocalName}> names the command '{command}', which no <CommandDefinition> here defines");
                }
            }

            foreach (var definition in root.Element("CommandDefinitions")?.Elements("CommandDefinition") ?? [])
            {
                CheckRules(definition.Element("EnableRules")?.Elements("EnableRule"), enableRules, "enable", Problem);
                CheckRules(definition.Element("DisplayRules")?.Elements("DisplayRule"), displayRules, "display", Problem);
            }

            foreach (var attribute in root.Descendants().Attributes())
            {
                var value = attribute.Value;
                if (value.StartsWith(Label, StringComparison.Ordinal) && !labels.Contains(value[Label.Length..]))
                {
                    Problem(attribute, $"{attribute.Name.LocalName} names the label '{value[Label.Length..]}', which no <LocLabel> here defines");
                }
                else if (value.StartsWith(WebResource, StringComparison.Ordinal)
                    && value[WebResource.Length..] is var name
                    && prefix is not null && name.StartsWith(prefix + "_", StringComparison.OrdinalIgnoreCase)
                    && !files.ContainsKey($"WebResources/{name}.data.xml"))
                {
                    Problem(attribute, $"{attribute.Name.LocalName} names the web resource '{name}', which is not in WebResources/");
                }
            }
        }
    }

    private static void CheckRules(IEnumerable<XElement>? references, HashSet<string> defined, string kind, Action<XObject, string> problem)
    {
        foreach (var reference in references ?? [])
        {
            var id = (string?)reference.Attribute("Id");
            if (id is null)
            {
                problem(reference, $"a command's <{reference.Name.LocalName}> has no Id");
            }
            else if (!id.StartsWith(Platform, StringComparison.Ordinal) && !defined.Contains(id))
            {
                problem(reference, $"the command names the {kind} rule '{id}', which no rule under <RuleDefinitions> defines");
            }
        }
    }

    private static HashSet<string> Ids(IEnumerable<XElement>? elements) =>
        (elements ?? []).Select(e => (string?)e.Attribute("Id")).OfType<string>().ToHashSet(StringComparer.Ordinal);
}
