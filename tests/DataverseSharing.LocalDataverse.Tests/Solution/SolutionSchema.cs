using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace DataverseSharing.LocalDataverse.Tests.Solution;

/// <summary>
/// Validates unpacked solution files against Microsoft's published schema (CustomizationsSolution.xsd,
/// 9.0.0.2090). A fragment file (an Entity.xml, a relationships file, a global choice) is validated inside the
/// customizations.xml container it is packed into, wrapped on its first line so reported lines stay the file's.
/// </summary>
internal static class SolutionSchema
{
    private static readonly Lazy<XmlSchemaSet> Schemas = new(() => LoadSchemas("CustomizationsSolution.xsd"));

    private static readonly Lazy<XmlSchemaSet> SiteMapSchemas = new(() => LoadSchemas("SiteMap.xsd"));

    /// <summary>
    /// Elements real Dataverse exports carry that the published schema predates (it lags the product; a real
    /// 2020 export gives dozens of errors against it). They are removed before validation, and only these.
    /// Key: parent element / element.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> AllowList = new Dictionary<string, string>
    {
        ["attribute/AutoNumberFormat"] = "autonumber columns (2018) post-date the schema; every export writes the element",
        ["attribute/IsSearchable"] = "Dataverse search settings per column, added after 9.0",
        ["attribute/IsFilterable"] = "Dataverse search settings per column, added after 9.0",
        ["attribute/IsRetrievable"] = "Dataverse search settings per column, added after 9.0",
        ["attribute/IsLocalizable"] = "localizable text columns, added after 9.0",
        ["entity/IsRetrieveAuditEnabled"] = "read auditing, added after 9.0",
        ["entity/IsRetrieveMultipleAuditEnabled"] = "read auditing, added after 9.0",
        ["entity/IsMSTeamsIntegrationEnabled"] = "Teams integration, added after 9.0",
        ["entity/IsSolutionAware"] = "solution-aware tables, added after 9.0",
        ["EntityRelationship/CascadeArchive"] = "long-term retention cascade, added in 2023",
        ["AppModule/statecode"] = "apps got a state (active, inactive) after 9.0; every app export writes it",
        ["AppModule/statuscode"] = "apps got a status reason after 9.0; every app export writes it",
        ["AppModule/NavigationType"] = "single or multi-session navigation, added with multi-session apps after 9.0",
        ["AppModuleSiteMap/EnableCollapsibleGroups"] = "Unified Interface navigation settings, added after 9.0",
        ["AppModuleSiteMap/ShowHome"] = "Unified Interface navigation settings, added after 9.0",
        ["AppModuleSiteMap/ShowPinned"] = "Unified Interface navigation settings, added after 9.0",
        ["AppModuleSiteMap/ShowRecents"] = "Unified Interface navigation settings, added after 9.0",
    };

    /// <summary>Validates text that is a whole customizations.xml.</summary>
    public static ValidationResult ValidateDocument(string text, string file) => Validate(text, file, prefix: null, suffix: null);

    public static ValidationResult ValidateEntity(string text, string file) =>
        Validate(text, file, "<ImportExportXml><Entities>", "</Entities></ImportExportXml>");

    /// <summary>A SavedQueries/{guid}.xml view, inside the Entity it is packed into.</summary>
    public static ValidationResult ValidateSavedQueries(string text, string file) =>
        Validate(text, file, "<ImportExportXml><Entities><Entity><Name LocalizedName=\"x\" OriginalName=\"x\">x</Name><SavedQueries>", "</SavedQueries></Entity></Entities></ImportExportXml>");

    /// <summary>A FormXml/&lt;type&gt;/{guid}.xml form, inside the Entity it is packed into.</summary>
    public static ValidationResult ValidateForm(string text, string file) =>
        Validate(text, file, "<ImportExportXml><Entities><Entity><Name LocalizedName=\"x\" OriginalName=\"x\">x</Name><FormXml>", "</FormXml></Entity></Entities></ImportExportXml>");

    /// <summary>An AppModules/&lt;name&gt;/AppModule.xml app, inside the list customizations.xml packs it into.</summary>
    public static ValidationResult ValidateAppModule(string text, string file) =>
        Validate(text, file, "<ImportExportXml><AppModules>", "</AppModules></ImportExportXml>");

    /// <summary>An AppModuleSiteMaps/&lt;name&gt;/AppModuleSiteMap.xml app site map, inside the list customizations.xml packs it into.</summary>
    public static ValidationResult ValidateAppModuleSiteMap(string text, string file) =>
        Validate(text, file, "<ImportExportXml><AppModuleSiteMaps>", "</AppModuleSiteMaps></ImportExportXml>");

    /// <summary>
    /// A &lt;SiteMap&gt; on its own against SiteMap.xsd, the schema of the site map editor's XML (areas with unique
    /// ids, groups unique in their area).
    /// </summary>
    public static ValidationResult ValidateSiteMap(XElement siteMap, string file)
    {
        ArgumentNullException.ThrowIfNull(siteMap);
        var document = new XDocument(new XElement(siteMap));
        var errors = new List<string>();
        document.Validate(SiteMapSchemas.Value, (sender, e) =>
        {
            var line = sender is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : ((IXmlLineInfo)siteMap).LineNumber;
            errors.Add($"{file}({line}): {e.Severity}: {e.Message}");
        });
        return new ValidationResult(errors, new HashSet<string>());
    }

    public static ValidationResult ValidateRelationships(string text, string file) =>
        Validate(text, file, "<ImportExportXml>", "</ImportExportXml>");

    public static ValidationResult ValidateGlobalOptionSet(string text, string file) =>
        Validate(text, file, "<ImportExportXml><optionsets>", "</optionsets></ImportExportXml>");

    /// <summary>An SdkMessageProcessingSteps/{id}.xml step, inside the list customizations.xml packs it into.</summary>
    public static ValidationResult ValidateStep(string text, string file) =>
        Validate(text, file, "<ImportExportXml><SdkMessageProcessingSteps>", "</SdkMessageProcessingSteps></ImportExportXml>");

    /// <summary>A PluginAssemblies/*/*.dll.data.xml file, inside the list customizations.xml packs it into.</summary>
    public static ValidationResult ValidatePluginAssembly(string text, string file) =>
        Validate(text, file, "<ImportExportXml><SolutionPluginAssemblies>", "</SolutionPluginAssemblies></ImportExportXml>");

    private static ValidationResult Validate(string text, string file, string? prefix, string? suffix)
    {
        var body = StripDeclaration(text);
        var document = XDocument.Parse(prefix + body + suffix, LoadOptions.SetLineInfo);
        var removed = RemoveAllowListed(document);
        var errors = new List<string>();
        document.Validate(Schemas.Value, (sender, e) =>
        {
            var line = sender is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : e.Exception?.LineNumber ?? 0;
            errors.Add($"{file}({line}): {e.Severity}: {e.Message}");
        });
        return new ValidationResult(errors, removed);
    }

    // The declaration must go (it may only open a document), but its line must stay so line numbers match.
    private static string StripDeclaration(string text)
    {
        if (!text.StartsWith("<?xml", StringComparison.Ordinal))
        {
            return text;
        }

        var end = text.IndexOf("?>", StringComparison.Ordinal) + 2;
        return text[end..];
    }

    private static HashSet<string> RemoveAllowListed(XDocument document)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var doomed = document.Descendants()
            .Where(e => e.Parent is not null && AllowList.ContainsKey(Key(e)))
            .ToList();
        foreach (var element in doomed)
        {
            used.Add(Key(element));
            element.Remove();
        }

        return used;
    }

    private static string Key(XElement element) => $"{element.Parent!.Name.LocalName}/{element.Name.LocalName}";

    private static XmlSchemaSet LoadSchemas(string rootSchema)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Solution", "Schemas", "9.0.0.2090");
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        using (var reader = XmlReader.Create(Path.Combine(folder, rootSchema), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore }))
        {
            set.Add(null, reader);
        }

        set.Compile();
        return set;
    }
}

internal sealed record ValidationResult(IReadOnlyList<string> Errors, IReadOnlySet<string> AllowListedFound);
