using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace DataverseSharing.Packer;

/// <summary>
/// Checks a solution folder: customizations.xml as packed (forms and sitemaps included) against the solution schemas,
/// and what the schemas do not cover: solution.xml's root components against the files, custom APIs, environment
/// variables, plug-in packages, steps against the types in the package's assemblies, and the ids ribbons refer to.
/// </summary>
public static class SolutionChecker
{
    /// <summary>The problems in <paramref name="folder"/>, validated against the XSDs in <paramref name="schemaFolder"/>; empty when clean.</summary>
    public static IReadOnlyList<SolutionProblem> Check(string folder, string schemaFolder)
    {
        var problems = new List<SolutionProblem>();
        SortedDictionary<string, byte[]> files;
        SortedDictionary<string, byte[]> packed;
        try
        {
            files = SolutionZip.ReadFolder(folder);
            packed = FolderPacker.Pack(files, SolutionPackageType.Unmanaged);
        }
        catch (PackerException e)
        {
            problems.Add(new SolutionProblem(folder, 0, e.Message));
            return problems;
        }

        ValidateSchema(packed["customizations.xml"], Path.Combine(schemaFolder, "CustomizationsSolution.xsd"), problems);
        foreach (var siteMap in files.Keys.Where(p => p.StartsWith("AppModuleSiteMaps/", StringComparison.Ordinal) && p.EndsWith("/AppModuleSiteMap.xml", StringComparison.Ordinal)))
        {
            ValidateSiteMap(siteMap, files[siteMap], Path.Combine(schemaFolder, "SiteMap.xsd"), problems);
        }

        var types = PluginTypes(files, problems);
        CheckRootComponents(files, problems);
        CheckCustomApis(files, types, problems);
        CheckEnvironmentVariables(files, problems);
        CheckSteps(files, types, problems);
        RibbonChecker.Check(files, CustomizationPrefix(files), problems);
        return problems;
    }

    private static string? CustomizationPrefix(SortedDictionary<string, byte[]> files) =>
        files.TryGetValue("Other/Solution.xml", out var bytes)
            ? XmlFiles.Parse("Other/Solution.xml", bytes).Root?.Element("SolutionManifest")?.Element("Publisher")?.Element("CustomizationPrefix")?.Value.Trim()
            : null;

    private static void ValidateSchema(byte[] xml, string schemaPath, List<SolutionProblem> problems)
    {
        var document = SchemaAllowList.Strip(XmlFiles.Parse("customizations.xml (packed)", xml));
        document.Validate(Schemas(schemaPath), (sender, e) =>
        {
            if (e.Severity == XmlSeverityType.Error)
            {
                problems.Add(new SolutionProblem("customizations.xml (packed)", sender is XObject node ? XmlFiles.Line(node) : e.Exception?.LineNumber ?? 0, e.Message));
            }
        });
    }

    // A sitemap inside AppModuleSiteMap.xml is validated on its own against SiteMap.xsd.
    private static void ValidateSiteMap(string path, byte[] bytes, string schemaPath, List<SolutionProblem> problems)
    {
        var document = XmlFiles.Parse(path, bytes);
        if (document.Root?.Element("SiteMap") is not { } siteMap)
        {
            return;
        }

        new XDocument(siteMap).Validate(Schemas(schemaPath), (sender, e) =>
        {
            if (e.Severity == XmlSeverityType.Error)
            {
                problems.Add(new SolutionProblem(path, sender is XObject node ? XmlFiles.Line(node) : 0, e.Message));
            }
        });
    }

    private static XmlSchemaSet Schemas(string schemaPath)
    {
        if (!File.Exists(schemaPath))
        {
            throw new PackerException($"{schemaPath}: the schema is missing");
        }

        var schemas = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        schemas.Add(null, schemaPath);
        schemas.Compile();
        return schemas;
    }

    private static void CheckRootComponents(SortedDictionary<string, byte[]> files, List<SolutionProblem> problems)
    {
        const string path = "Other/Solution.xml";
        var root = XmlFiles.Parse(path, files[path]).Root!;
        var manifest = root.Element("SolutionManifest");
        foreach (var required in new[] { "UniqueName", "Version", "Managed", "Publisher" })
        {
            if (manifest?.Element(required) is null)
            {
                problems.Add(new SolutionProblem(path, XmlFiles.Line(manifest ?? root), $"<SolutionManifest> has no <{required}>"));
            }
        }

        if (manifest?.Element("Version")?.Value is { } version && !Version.TryParse(version, out _))
        {
            problems.Add(new SolutionProblem(path, XmlFiles.Line(manifest.Element("Version")!), $"the version '{version}' is not major.minor.build.revision"));
        }

        var keys = new HashSet<string>(files.Keys, StringComparer.OrdinalIgnoreCase);
        var folders = new HashSet<string>(files.Keys.SelectMany(Parents), StringComparer.OrdinalIgnoreCase);
        var roleIds = files.Where(f => f.Key.StartsWith("Roles/", StringComparison.Ordinal))
            .Select(f => (string?)XmlFiles.Parse(f.Key, f.Value).Root?.Attribute("id")).OfType<string>()
            .Select(NormalizeId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var component in manifest?.Element("RootComponents")?.Elements("RootComponent") ?? [])
        {
            var type = (string?)component.Attribute("type");
            var name = (string?)component.Attribute("schemaName");
            var id = (string?)component.Attribute("id");
            var found = type switch
            {
                "1" => name is not null && folders.Contains($"Entities/{name}"),
                "9" => name is not null && keys.Contains($"OptionSets/{name}.xml"),
                "20" => id is not null && roleIds.Contains(NormalizeId(id)),
                "61" => name is not null && keys.Contains($"WebResources/{name}.data.xml"),
                "80" => name is not null && keys.Contains($"AppModules/{name}/AppModule.xml"),
                "62" => name is not null && keys.Contains($"AppModuleSiteMaps/{name}/AppModuleSiteMap.xml"),
                "92" => id is not null && keys.Contains($"SdkMessageProcessingSteps/{{{NormalizeId(id)}}}.xml"),
                "380" => name is not null && folders.Contains($"environmentvariabledefinitions/{name}"),
                _ => true, // a kind this check does not map to files
            };
            if (!found)
            {
                problems.Add(new SolutionProblem(path, XmlFiles.Line(component), $"the root component type {type} '{name ?? id}' has no file in the folder"));
            }
        }
    }

    private static void CheckCustomApis(SortedDictionary<string, byte[]> files, HashSet<string>? types, List<SolutionProblem> problems)
    {
        foreach (var (path, bytes) in files.Where(f => f.Key.StartsWith("customapis/", StringComparison.Ordinal) && f.Key.EndsWith("/customapi.xml", StringComparison.Ordinal)))
        {
            var root = XmlFiles.Root(path, XmlFiles.Parse(path, bytes), "customapi");
            var folderName = path.Split('/')[1];
            if (!string.Equals((string?)root.Attribute("uniquename"), folderName, StringComparison.Ordinal))
            {
                problems.Add(new SolutionProblem(path, XmlFiles.Line(root), $"uniquename '{(string?)root.Attribute("uniquename")}' differs from its folder '{folderName}'"));
            }

            foreach (var required in new[] { "bindingtype", "isfunction", "name" })
            {
                if (root.Element(required) is null)
                {
                    problems.Add(new SolutionProblem(path, XmlFiles.Line(root), $"<customapi> has no <{required}>"));
                }
            }

            var prefix = path[..^"customapi.xml".Length];
            foreach (var (child, element) in new[] { ("customapirequestparameters/", "customapirequestparameter"), ("customapiresponseproperties/", "customapiresponseproperty") })
            {
                foreach (var (partPath, partBytes) in files.Where(f => f.Key.StartsWith(prefix + child, StringComparison.Ordinal)))
                {
                    var part = XmlFiles.Root(partPath, XmlFiles.Parse(partPath, partBytes), element);
                    if (part.Element("type") is null && part.Element("uniquename") is null && part.Attribute("uniquename") is null)
                    {
                        problems.Add(new SolutionProblem(partPath, XmlFiles.Line(part), $"<{element}> has neither a uniquename nor a type"));
                    }
                }
            }
        }

        _ = types;
    }

    private static void CheckEnvironmentVariables(SortedDictionary<string, byte[]> files, List<SolutionProblem> problems)
    {
        var validTypes = new HashSet<string>(StringComparer.Ordinal) { "100000000", "100000001", "100000002", "100000003", "100000004", "100000005" };
        foreach (var (path, bytes) in files.Where(f => f.Key.StartsWith("environmentvariabledefinitions/", StringComparison.Ordinal) && f.Key.EndsWith("/environmentvariabledefinition.xml", StringComparison.Ordinal)))
        {
            var root = XmlFiles.Root(path, XmlFiles.Parse(path, bytes), "environmentvariabledefinition");
            if (!string.Equals((string?)root.Attribute("schemaname"), path.Split('/')[1], StringComparison.Ordinal))
            {
                problems.Add(new SolutionProblem(path, XmlFiles.Line(root), $"schemaname '{(string?)root.Attribute("schemaname")}' differs from its folder"));
            }

            if (root.Element("type")?.Value is not { } type || !validTypes.Contains(type))
            {
                problems.Add(new SolutionProblem(path, XmlFiles.Line(root.Element("type") ?? root), "<type> is not one of String, Number, Boolean, JSON, Data source or Secret (100000000-100000005)"));
            }
            else if (type == "100000001" && root.Element("defaultvalue")?.Value is { Length: > 0 } number && !decimal.TryParse(number, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _))
            {
                problems.Add(new SolutionProblem(path, XmlFiles.Line(root.Element("defaultvalue")!), $"the default '{number}' of a Number variable is not a number"));
            }
        }
    }

    /// <summary>
    /// Type names in the plug-in packages' lib/net462 assemblies and in PluginAssemblies/, read as metadata (never
    /// loaded); null when the folder holds no assembly to compare with.
    /// </summary>
    private static HashSet<string>? PluginTypes(SortedDictionary<string, byte[]> files, List<SolutionProblem> problems)
    {
        HashSet<string>? types = null;
        foreach (var (path, bytes) in files.Where(f => f.Key.StartsWith("pluginpackages/", StringComparison.Ordinal) && f.Key.EndsWith("/pluginpackage.xml", StringComparison.Ordinal)))
        {
            var root = XmlFiles.Root(path, XmlFiles.Parse(path, bytes), "pluginpackage");
            var package = root.Element("package")?.Value;
            var packagePath = path[..^"pluginpackage.xml".Length] + "package/" + package;
            if (package is null || !files.TryGetValue(packagePath, out var nupkg))
            {
                problems.Add(new SolutionProblem(path, XmlFiles.Line(root.Element("package") ?? root), $"the package {packagePath} is missing (build the plug-ins first)"));
                continue;
            }

            types ??= new HashSet<string>(StringComparer.Ordinal);
            try
            {
                using var archive = new ZipArchive(new MemoryStream(nupkg), ZipArchiveMode.Read);
                foreach (var entry in archive.Entries.Where(e => e.FullName.StartsWith("lib/net462/", StringComparison.OrdinalIgnoreCase) && e.FullName.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)))
                {
                    using var buffer = new MemoryStream();
                    using (var stream = entry.Open())
                    {
                        stream.CopyTo(buffer);
                    }

                    AddTypes(buffer.ToArray(), types);
                }
            }
            catch (InvalidDataException e)
            {
                problems.Add(new SolutionProblem(packagePath, 0, "not a valid nupkg: " + e.Message));
            }
        }

        foreach (var (path, bytes) in files.Where(f => f.Key.StartsWith("PluginAssemblies/", StringComparison.Ordinal) && f.Key.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)))
        {
            types ??= new HashSet<string>(StringComparer.Ordinal);
            try
            {
                AddTypes(bytes, types);
            }
            catch (BadImageFormatException e)
            {
                problems.Add(new SolutionProblem(path, 0, "not an assembly: " + e.Message));
            }
        }

        return types;
    }

    private static void AddTypes(byte[] assembly, HashSet<string> types)
    {
        using var pe = new PEReader(new MemoryStream(assembly));
        var metadata = pe.GetMetadataReader();
        foreach (var handle in metadata.TypeDefinitions)
        {
            var type = metadata.GetTypeDefinition(handle);
            var ns = metadata.GetString(type.Namespace);
            var name = metadata.GetString(type.Name);
            types.Add(ns.Length == 0 ? name : ns + "." + name);
        }
    }

    private static void CheckSteps(SortedDictionary<string, byte[]> files, HashSet<string>? types, List<SolutionProblem> problems)
    {
        foreach (var (path, bytes) in files.Where(f => f.Key.StartsWith("SdkMessageProcessingSteps/", StringComparison.Ordinal) && f.Key.EndsWith(".xml", StringComparison.Ordinal)))
        {
            var root = XmlFiles.Root(path, XmlFiles.Parse(path, bytes), "SdkMessageProcessingStep");
            var id = (string?)root.Attribute("SdkMessageProcessingStepId");
            if (id is null || !path.Contains(NormalizeId(id), StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(new SolutionProblem(path, XmlFiles.Line(root), $"SdkMessageProcessingStepId '{id}' does not match the file name"));
            }

            foreach (var required in new[] { "PluginTypeName", "SdkMessageId", "Stage", "Mode" })
            {
                if (root.Element(required) is null)
                {
                    problems.Add(new SolutionProblem(path, XmlFiles.Line(root), $"<SdkMessageProcessingStep> has no <{required}>"));
                }
            }

            if (types is not null && root.Element("PluginTypeName")?.Value is { } typeName)
            {
                var name = typeName.Split(',')[0].Trim();
                if (!types.Contains(name))
                {
                    problems.Add(new SolutionProblem(path, XmlFiles.Line(root.Element("PluginTypeName")!), $"the plug-in type {name} is in none of the solution's assemblies"));
                }
            }
        }
    }

    private static IEnumerable<string> Parents(string path)
    {
        for (var slash = path.IndexOf('/', StringComparison.Ordinal); slash > 0; slash = path.IndexOf('/', slash + 1))
        {
            yield return path[..slash];
        }
    }

    private static string NormalizeId(string id) => id.Trim().Trim('{', '}').ToLowerInvariant();
}
