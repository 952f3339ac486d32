namespace DataverseSharing.LocalDataverse.Metadata.Solution;

/// <summary>
/// Reads an &lt;optionset&gt; element: a global choice (OptionSets/*.xml) or the local choice inside an
/// attribute, including the state and status sets of statecode and statuscode.
/// </summary>
internal static class OptionSetXmlReader
{
    public static OptionSetDefinition Read(SolutionXmlNode node, bool isGlobal)
    {
        var name = node.RequiredAttribute("Name");
        var kind = node.Value("OptionSetType") switch
        {
            null or "picklist" => OptionSetKind.Picklist,
            "state" => OptionSetKind.State,
            "status" => OptionSetKind.Status,
            "bit" => OptionSetKind.Boolean,
            var other => throw node.Error($"Option set '{name}' has the unknown OptionSetType '{other}'."),
        };
        var options = kind switch
        {
            OptionSetKind.State => States(node),
            OptionSetKind.Status => Statuses(node),
            _ => Options(node),
        };
        try
        {
            return new OptionSetDefinition(name, kind, isGlobal || node.Flag("IsGlobal", absent: false), options);
        }
        catch (ArgumentException e)
        {
            throw new MetadataException(e.Message, node.Location, e);
        }
    }

    private static List<OptionDefinition> Options(SolutionXmlNode node) =>
        (node.Child("options")?.Children("option") ?? [])
            .Select(o => new OptionDefinition(o.RequiredIntAttribute("value"), Label(o)))
            .ToList();

    private static List<OptionDefinition> States(SolutionXmlNode node) =>
        (node.Child("states")?.Children("state") ?? [])
            .Select(s => new OptionDefinition(s.RequiredIntAttribute("value"), Label(s))
            {
                DefaultStatus = s.RequiredIntAttribute("defaultstatus"),
                InvariantName = s.RequiredAttribute("invariantname"),
            })
            .ToList();

    private static List<OptionDefinition> Statuses(SolutionXmlNode node) =>
        (node.Child("statuses")?.Children("status") ?? [])
            .Select(s => new OptionDefinition(s.RequiredIntAttribute("value"), Label(s))
            {
                State = s.IntAttribute("state") ?? throw s.Error("A status reason must name its state."),
            })
            .ToList();

    // The engine works in one language: it takes the first label, which exports write for the base language.
    private static string Label(SolutionXmlNode option) =>
        option.Child("labels")?.Children("label").Select(l => l.Attribute("description")).FirstOrDefault(d => d is not null)
        ?? throw option.Error("The option has no label.");
}
