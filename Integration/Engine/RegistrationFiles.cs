using System.Globalization;
using System.Reflection;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using DataverseSharing.Plugins.Registration;

namespace DataverseSharing.Integration.Engine;

/// <summary>A file the registration declarations generate, by its path inside the solution folder ('/' separators).</summary>
internal sealed record GeneratedFile(string RelativePath, string Content);

/// <summary>
/// Renders the plug-in registration of an assembly's [PluginStep]/[PluginStepImage] and [CustomApi] declarations
/// as the files of an unpacked solution, in the layout `pac solution unpack` writes: SdkMessageProcessingSteps/{id}.xml,
/// pluginpackages/&lt;name&gt;/pluginpackage.xml and customapis/&lt;name&gt;/ with its request parameters and response
/// properties. The declarations are the source; these files are derived, and <see cref="RegistrationSync"/> keeps
/// the folder equal to them.
/// </summary>
internal static class RegistrationFiles
{
    public const string StepsFolder = "SdkMessageProcessingSteps";
    public const string PackagesFolder = "pluginpackages";
    public const string CustomApisFolder = "customapis";

    // EventHandlerTypeCode of a plug-in type (4618 is a service endpoint).
    private const string PluginTypeHandler = "4602";
    private const int EnglishLanguageCode = 1033;

    /// <summary>Every file of the package's registration, ordered by path.</summary>
    /// <exception cref="PluginRegistrationException">A declaration Dataverse would refuse.</exception>
    public static IReadOnlyList<GeneratedFile> For(PluginPackage package, ICollection<string>? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(package);
        var files = new List<GeneratedFile>
        {
            new($"{PackagesFolder}/{package.UniqueName}/pluginpackage.xml", Render(PackageXml(package))),
        };
        files.AddRange(StepRegistrationReader.Read(package.Assembly).Select(step => StepFile(step, warnings)));
        files.AddRange(CustomApiRegistrationReader.Read(package.Assembly).SelectMany(CustomApiFiles));
        return [.. files.OrderBy(f => f.RelativePath, StringComparer.Ordinal)];
    }

    /// <summary>The id a custom API names its plug-in type by: the one LocalDataverse gives the type's plugintype row.</summary>
    public static Guid PluginTypeId(Type type) =>
        PlatformMessageIds.NameBased("plugintype", $"{type.FullName}, {type.Assembly.GetName().Name}");

    private static XElement PackageXml(PluginPackage package) =>
        new("pluginpackage",
            new XAttribute("uniquename", package.UniqueName),
            new XElement("iscustomizable", "1"),
            new XElement("name", package.UniqueName),
            new XElement("package", package.FileName),
            new XElement("statecode", "0"),
            new XElement("statuscode", "1"),
            new XElement("version", package.Version));

    private static GeneratedFile StepFile(StepRegistration step, ICollection<string>? warnings)
    {
        var messageId = PlatformMessageIds.Of(step.Message);
        if (messageId is null)
        {
            warnings?.Add($"Step {step.Id:D} ({step.Name}): the message {step.Message} has no documented sdkmessageid here, so its file names the id LocalDataverse derives; a Dataverse import needs the environment's id.");
        }

        var root = new XElement("SdkMessageProcessingStep",
            new XAttribute("Name", step.Name),
            new XAttribute("SdkMessageProcessingStepId", Braced(step.Id)),
            new XElement("PluginTypeName", $"{step.PluginType.FullName}, {step.PluginType.Assembly.FullName}"),
            step.PrimaryEntity == "none" ? null : new XElement("PrimaryEntity", step.PrimaryEntity),
            new XElement("AsyncAutoDelete", Flag(step.AsyncAutoDelete)),
            step.Description is null ? null : new XElement("Description", step.Description),
            step.FilteringAttributes.Count == 0 ? null : new XElement("FilteringAttributes", string.Join(",", step.FilteringAttributes)),
            new XElement("InvocationSource", "0"),
            new XElement("Mode", Number((int)step.Mode)),
            new XElement("Rank", Number(step.Rank)),
            new XElement("SdkMessageId", Braced(messageId ?? PlatformMessageIds.LocalId(step.Message))),
            new XElement("EventHandlerTypeCode", PluginTypeHandler),
            new XElement("Stage", Number((int)step.Stage)),
            new XElement("IsCustomizable", "1"),
            new XElement("IsHidden", "0"),
            new XElement("SupportedDeployment", "0"),
            new XElement("IntroducedVersion", "1.0.0.0"),
            new XElement("SdkMessageProcessingStepImages", step.Images.Select(ImageXml)));
        return new GeneratedFile($"{StepsFolder}/{Braced(step.Id)}.xml", Render(root));
    }

    private static XElement ImageXml(StepImageRegistration image) =>
        new("SdkMessageProcessingStepImage",
            new XAttribute("Name", image.Alias),
            new XElement("SdkMessageProcessingStepImageId", Braced(image.Id)),
            image.Attributes.Count == 0 ? null : new XElement("Attributes", string.Join(",", image.Attributes)),
            new XElement("EntityAlias", image.Alias),
            new XElement("ImageType", Number((int)image.ImageType)),
            new XElement("MessagePropertyName", image.MessagePropertyName),
            new XElement("IsCustomizable", "1"));

    private static IEnumerable<GeneratedFile> CustomApiFiles(CustomApiRegistration registration)
    {
        var api = registration.Api;
        var folder = $"{CustomApisFolder}/{api.UniqueName}";
        yield return new GeneratedFile($"{folder}/customapi.xml", Render(new XElement("customapi",
            new XAttribute("uniquename", api.UniqueName),
            new XElement("allowedcustomprocessingsteptype", Number((int)api.AllowedStepTypes)),
            new XElement("bindingtype", Number((int)api.Binding)),
            api.BoundEntity is null ? null : new XElement("boundentitylogicalname", api.BoundEntity),
            Label("description", api.Description ?? api.DisplayName ?? api.UniqueName),
            Label("displayname", api.DisplayName ?? api.UniqueName),
            new XElement("enabledforworkflow", "0"),
            api.ExecutePrivilegeName is null ? null : new XElement("executeprivilegename", api.ExecutePrivilegeName),
            new XElement("iscustomizable", "1"),
            new XElement("isfunction", Flag(api.IsFunction)),
            new XElement("isprivate", "0"),
            new XElement("name", api.UniqueName),
            new XElement("plugintypeid", new XElement("plugintypeexportkey", PluginTypeId(registration.PluginType).ToString("D", CultureInfo.InvariantCulture))),
            new XElement("workflowsdkstepenabled", "0"))));

        foreach (var parameter in registration.Parameters)
        {
            yield return new GeneratedFile($"{folder}/customapirequestparameters/{parameter.UniqueName}/customapirequestparameter.xml", Render(new XElement("customapirequestparameter",
                new XAttribute("uniquename", parameter.UniqueName),
                new XElement("customapiid", new XElement("uniquename", api.UniqueName)),
                Label("description", parameter.Description ?? parameter.UniqueName),
                Label("displayname", parameter.UniqueName),
                new XElement("iscustomizable", "1"),
                new XElement("isoptional", Flag(parameter.IsOptional)),
                new XElement("name", $"{api.UniqueName}.{parameter.UniqueName}"),
                new XElement("type", Number((int)parameter.Type)))));
        }

        // No <isoptional> on a response property: Dataverse refuses the import over it.
        foreach (var property in registration.Properties)
        {
            yield return new GeneratedFile($"{folder}/customapiresponseproperties/{property.UniqueName}/customapiresponseproperty.xml", Render(new XElement("customapiresponseproperty",
                new XAttribute("uniquename", property.UniqueName),
                new XElement("customapiid", new XElement("uniquename", api.UniqueName)),
                Label("description", property.Description ?? property.UniqueName),
                Label("displayname", property.UniqueName),
                new XElement("iscustomizable", "1"),
                new XElement("name", $"{api.UniqueName}.{property.UniqueName}"),
                new XElement("type", Number((int)property.Type)))));
        }
    }

    private static XElement Label(string name, string text) =>
        new(name, new XAttribute("default", text),
            new XElement("label", new XAttribute("description", text), new XAttribute("languagecode", Number(EnglishLanguageCode))));

    private static string Braced(Guid id) => id.ToString("B", CultureInfo.InvariantCulture);

    private static string Flag(bool value) => value ? "1" : "0";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    // The same bytes on every machine: UTF-8 without a byte-order mark, two-space indent, '\n' line ends.
    private static string Render(XElement root)
    {
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", Encoding = new UTF8Encoding(false) };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            new XDocument(new XDeclaration("1.0", "utf-8", null), root).Save(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}

/// <summary>The package's plug-in package: the assembly whose declarations it registers, its name, version and file.</summary>
internal sealed record PluginPackage(Assembly Assembly, string UniqueName, string Version)
{
    /// <summary>The nupkg's name in package/, as pluginpackage.xml names it.</summary>
    public string FileName => $"{UniqueName}.nupkg";
}
