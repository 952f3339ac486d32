using System.Text;
using System.Xml.Linq;

namespace DataverseSharing.Packer;

/// <summary>
/// Turns the files of a folder in pac's unpacked layout into the entries of a SolutionPackager zip: solution.xml,
/// customizations.xml merged from the component files, and every other file (assemblies, packages, web resources,
/// custom APIs, environment variables) at the same path.
/// </summary>
internal static class FolderPacker
{
    internal const string ManagedSuffix = "_managed.xml";

    internal static SortedDictionary<string, byte[]> Pack(IReadOnlyDictionary<string, byte[]> folder, SolutionPackageType type)
    {
        var files = Select(folder, type);
        var used = new HashSet<string>(SolutionFiles.PathComparer);
        byte[] Take(string path)
        {
            used.Add(path);
            return files[path];
        }

        XDocument Load(string path) => XmlFiles.Parse(path, Take(path));

        const string solutionPath = "Other/Solution.xml";
        const string customizationsPath = "Other/Customizations.xml";
        if (!files.ContainsKey(solutionPath))
        {
            throw new PackerException($"{solutionPath}: missing; the folder is not in pac's unpacked layout");
        }

        if (!files.ContainsKey(customizationsPath))
        {
            throw new PackerException($"{customizationsPath}: missing; the folder is not in pac's unpacked layout");
        }

        var solution = Load(solutionPath);
        SetManaged(solution, solutionPath, type);
        var customizations = Load(customizationsPath);
        var root = XmlFiles.Root(customizationsPath, customizations, "ImportExportXml");

        var paths = files.Keys.Order(SolutionFiles.PathComparer).ToList();
        AddEntities(root, paths, Load);
        AddEach(root, Sections.Roles, paths.Where(p => IsDirectChild(p, "Roles/")), "Role", Load);
        AddEach(root, Sections.OptionSets, paths.Where(p => IsDirectChild(p, "OptionSets/")), "optionset", Load);
        AddRelationships(root, paths, Load);
        AddEach(root, Sections.Workflows, DataFiles(paths, "Workflows/"), "Workflow", Load);
        AddEach(root, Sections.WebResources, DataFiles(paths, "WebResources/"), "WebResource", Load);
        AddEach(root, Sections.AppModuleSiteMaps, paths.Where(p => IsNamedFile(p, "AppModuleSiteMaps/", "AppModuleSiteMap.xml")), "AppModuleSiteMap", Load);
        AddEach(root, Sections.AppModules, paths.Where(p => IsNamedFile(p, "AppModules/", "AppModule.xml")), "AppModule", Load);
        AddEach(root, Sections.PluginAssemblies, DataFiles(paths, "PluginAssemblies/"), "PluginAssembly", Load);
        AddEach(root, Sections.Steps, paths.Where(p => IsDirectChild(p, "SdkMessageProcessingSteps/")), "SdkMessageProcessingStep", Load);

        var zip = new SortedDictionary<string, byte[]>(SolutionFiles.PathComparer)
        {
            ["solution.xml"] = XmlFiles.Write(solution),
            ["customizations.xml"] = XmlFiles.Write(customizations),
        };
        foreach (var path in paths.Where(p => !used.Contains(p)))
        {
            zip[path] = files[path];
        }

        CheckReferencedFiles(root, zip);
        zip["[Content_Types].xml"] = ContentTypes(zip.Keys);
        return zip;
    }

    /// <summary>
    /// The folder's files as the package type sees them: for a managed pack X_managed.xml stands in for X.xml, for an
    /// unmanaged pack the managed variants are left out.
    /// </summary>
    private static Dictionary<string, byte[]> Select(IReadOnlyDictionary<string, byte[]> folder, SolutionPackageType type)
    {
        var files = new Dictionary<string, byte[]>(SolutionFiles.PathComparer);
        foreach (var (path, bytes) in folder)
        {
            if (path.EndsWith(ManagedSuffix, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var managed = path[..^".xml".Length] + ManagedSuffix;
            files[path] = type == SolutionPackageType.Managed && path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) && folder.TryGetValue(managed, out var variant)
                ? variant
                : bytes;
        }

        return files;
    }

    private static void SetManaged(XDocument solution, string path, SolutionPackageType type)
    {
        var root = XmlFiles.Root(path, solution, "ImportExportXml");
        var manifest = root.Element("SolutionManifest") ?? throw new PackerException($"{path}: line {XmlFiles.Line(root)}: no <SolutionManifest>");
        var managed = manifest.Element("Managed") ?? throw new PackerException($"{path}: line {XmlFiles.Line(manifest)}: no <Managed> in <SolutionManifest>");
        managed.Value = type == SolutionPackageType.Managed ? "1" : "0";
    }

    private static void AddEntities(XElement root, List<string> paths, Func<string, XDocument> load)
    {
        var entityFiles = paths.Where(p => p.StartsWith("Entities/", StringComparison.Ordinal) && p.Split('/') is { Length: 3 } s && s[2] == "Entity.xml").ToList();
        if (entityFiles.Count == 0)
        {
            return;
        }

        var section = Sections.GetOrAdd(root, Sections.Entities);
        foreach (var entityFile in entityFiles)
        {
            var folder = entityFile[..^"Entity.xml".Length];
            var entity = new XElement(XmlFiles.Root(entityFile, load(entityFile), "Entity"));
            var anchor = entity.Element("EntityInfo") ?? entity.Element("Name");
            var parts = new List<XElement>();

            var formFiles = paths.Where(p => p.StartsWith(folder + "FormXml/", StringComparison.Ordinal) && p.Split('/').Length == 5 && p.EndsWith(".xml", StringComparison.Ordinal)).ToList();
            if (formFiles.Count > 0)
            {
                var formXml = new XElement("FormXml");
                foreach (var group in formFiles.GroupBy(p => p.Split('/')[3], StringComparer.Ordinal))
                {
                    var forms = new XElement("forms", new XAttribute("type", group.Key));
                    foreach (var formFile in group)
                    {
                        forms.Add(XmlFiles.Root(formFile, load(formFile), "forms").Elements());
                    }

                    formXml.Add(forms);
                }

                parts.Add(formXml);
            }

            var queryFiles = paths.Where(p => IsDirectChild(p, folder + "SavedQueries/")).ToList();
            if (queryFiles.Count > 0)
            {
                var queries = new XElement("savedqueries");
                foreach (var queryFile in queryFiles)
                {
                    queries.Add(XmlFiles.Root(queryFile, load(queryFile), "savedqueries").Elements());
                }

                parts.Add(new XElement("SavedQueries", queries));
            }

            var ribbon = folder + "RibbonDiff.xml";
            if (paths.Contains(ribbon))
            {
                parts.Add(new XElement(XmlFiles.Root(ribbon, load(ribbon), "RibbonDiffXml")));
            }

            foreach (var part in parts)
            {
                anchor = Place(entity, part, anchor);
            }

            section.Add(entity);
        }
    }

    /// <summary>
    /// Puts a part (forms, views, ribbon) into the entity: in place of the empty placeholder Entity.xml holds for it
    /// (&lt;FormXml /&gt;), else after the previous part, as an export orders them.
    /// </summary>
    private static XElement? Place(XElement entity, XElement part, XElement? anchor)
    {
        if (entity.Element(part.Name) is { HasElements: false } placeholder)
        {
            placeholder.ReplaceWith(part);
        }
        else if (anchor is null)
        {
            entity.AddFirst(part);
        }
        else
        {
            anchor.AddAfterSelf(part);
        }

        return part;
    }

    // Other/Relationships/<entity>.xml hold the relationships; Other/Relationships.xml lists their names.
    private static void AddRelationships(XElement root, List<string> paths, Func<string, XDocument> load)
    {
        var relationshipFiles = paths.Where(p => IsDirectChild(p, "Other/Relationships/")).ToList();
        var byName = new Dictionary<string, XElement>(StringComparer.OrdinalIgnoreCase);
        var inFileOrder = new List<XElement>();
        foreach (var file in relationshipFiles)
        {
            foreach (var relationship in XmlFiles.Root(file, load(file), "EntityRelationships").Elements("EntityRelationship"))
            {
                var name = (string?)relationship.Attribute("Name") ?? throw new PackerException($"{file}: line {XmlFiles.Line(relationship)}: an <EntityRelationship> without a Name");
                if (!byName.TryAdd(name, relationship))
                {
                    throw new PackerException($"{file}: line {XmlFiles.Line(relationship)}: the relationship {name} is defined twice");
                }

                inFileOrder.Add(relationship);
            }
        }

        // The index only names them (sorted); the files keep their own order, which the pack keeps too.
        const string index = "Other/Relationships.xml";
        if (paths.Contains(index))
        {
            foreach (var entry in XmlFiles.Root(index, load(index), "EntityRelationships").Elements("EntityRelationship"))
            {
                var name = (string?)entry.Attribute("Name") ?? throw new PackerException($"{index}: line {XmlFiles.Line(entry)}: an <EntityRelationship> without a Name");
                if (!byName.ContainsKey(name))
                {
                    throw new PackerException($"{index}: line {XmlFiles.Line(entry)}: the relationship {name} is listed but no file under Other/Relationships defines it");
                }
            }
        }

        var ordered = inFileOrder;
        if (ordered.Count > 0)
        {
            Sections.GetOrAdd(root, Sections.EntityRelationships).Add(ordered.Select(r => new XElement(r)));
        }
    }

    private static void AddEach(XElement root, string sectionName, IEnumerable<string> componentFiles, string element, Func<string, XDocument> load)
    {
        XElement? section = null;
        foreach (var file in componentFiles)
        {
            section ??= Sections.GetOrAdd(root, sectionName);
            section.Add(new XElement(XmlFiles.Root(file, load(file), element)));
        }
    }

    // The assemblies, web resources and workflows named in customizations.xml must travel in the zip.
    private static void CheckReferencedFiles(XElement root, SortedDictionary<string, byte[]> zip)
    {
        foreach (var (section, element, child) in new[]
                 {
                     (Sections.PluginAssemblies, "PluginAssembly", "FileName"),
                     (Sections.WebResources, "WebResource", "FileName"),
                     (Sections.Workflows, "Workflow", "XamlFileName"),
                 })
        {
            foreach (var component in root.Element(section)?.Elements(element) ?? [])
            {
                if (component.Element(child) is { } reference && reference.Value.Trim().Length > 0)
                {
                    var path = SolutionFiles.FromReference(reference.Value, $"<{element}> {child}");
                    if (!zip.ContainsKey(path))
                    {
                        throw new PackerException($"{path}.data.xml: line {XmlFiles.Line(reference)}: the {element} names {reference.Value.Trim()}, which is not in the folder");
                    }
                }
            }
        }
    }

    private static byte[] ContentTypes(IEnumerable<string> paths)
    {
        var ns = XNamespace.Get("http://schemas.openxmlformats.org/package/2006/content-types");
        var extensions = paths.Select(p => Path.GetExtension(p).TrimStart('.')).Where(e => e.Length > 0)
            .Append("xml").Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase);
        var types = new XElement(ns + "Types", extensions.Select(e => new XElement(ns + "Default", new XAttribute("Extension", e), new XAttribute("ContentType", "application/octet-stream"))));
        return XmlFiles.Write(types);
    }

    private static bool IsDirectChild(string path, string folder) =>
        path.StartsWith(folder, StringComparison.Ordinal) && path.IndexOf('/', folder.Length) < 0 && path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase);

    private static bool IsNamedFile(string path, string folder, string fileName) =>
        path.StartsWith(folder, StringComparison.Ordinal) && path.Split('/') is { Length: 3 } s && s[2] == fileName;

    private static IEnumerable<string> DataFiles(List<string> paths, string folder) =>
        paths.Where(p => p.StartsWith(folder, StringComparison.Ordinal) && p.EndsWith(".data.xml", StringComparison.OrdinalIgnoreCase));

    internal static string Utf8(byte[] bytes) => Encoding.UTF8.GetString(bytes);
}
