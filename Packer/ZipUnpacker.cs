using System.Xml.Linq;

namespace DataverseSharing.Packer;

/// <summary>
/// Turns the entries of a SolutionPackager zip into the files of pac's unpacked layout: the reverse of
/// <see cref="FolderPacker"/>, so unpack(pack(folder)) gives the folder's files back.
/// </summary>
internal static class ZipUnpacker
{
    internal static SortedDictionary<string, byte[]> Unpack(IReadOnlyDictionary<string, byte[]> zip)
    {
        var solutionEntry = Find(zip, "solution.xml") ?? throw new PackerException("solution.xml: missing from the zip; it is not a solution");
        var customizationsEntry = Find(zip, "customizations.xml") ?? throw new PackerException("customizations.xml: missing from the zip; it is not a solution");

        var folder = new SortedDictionary<string, byte[]>(SolutionFiles.PathComparer);
        void Add(string path, byte[] bytes, string source)
        {
            if (!folder.TryAdd(path, bytes))
            {
                throw new PackerException($"{source}: two components unpack to the same file {path}");
            }
        }

        var solution = XmlFiles.Parse("solution.xml", zip[solutionEntry]);
        XmlFiles.Root("solution.xml", solution, "ImportExportXml");
        Add("Other/Solution.xml", XmlFiles.Write(solution), "solution.xml");

        const string source = "customizations.xml";
        var customizations = XmlFiles.Parse(source, zip[customizationsEntry]);
        var root = XmlFiles.Root(source, customizations, "ImportExportXml");

        Extract(root, Sections.Entities, "Entity", entity => SplitEntity(entity, Add));
        Extract(root, Sections.Roles, "Role", role =>
            Add($"Roles/{SolutionFiles.Segment(Attribute(role, "name"), Where(role))}.xml", XmlFiles.Write(role), source));
        Extract(root, Sections.OptionSets, "optionset", optionSet =>
            Add($"OptionSets/{SolutionFiles.Segment(Attribute(optionSet, "Name"), Where(optionSet))}.xml", XmlFiles.Write(optionSet), source));
        SplitRelationships(root, Add);
        Extract(root, Sections.Workflows, "Workflow", workflow =>
            Add(DataFile(workflow, "XamlFileName"), XmlFiles.Write(workflow), source));
        Extract(root, Sections.WebResources, "WebResource", webResource =>
            Add(DataFile(webResource, "FileName"), XmlFiles.Write(webResource), source));
        Extract(root, Sections.AppModuleSiteMaps, "AppModuleSiteMap", siteMap =>
            Add($"AppModuleSiteMaps/{SolutionFiles.Segment(Child(siteMap, "SiteMapUniqueName"), Where(siteMap))}/AppModuleSiteMap.xml", XmlFiles.Write(siteMap), source));
        Extract(root, Sections.AppModules, "AppModule", appModule =>
            Add($"AppModules/{SolutionFiles.Segment(Child(appModule, "UniqueName"), Where(appModule))}/AppModule.xml", XmlFiles.Write(appModule), source));
        Extract(root, Sections.PluginAssemblies, "PluginAssembly", assembly =>
            Add(DataFile(assembly, "FileName"), XmlFiles.Write(assembly), source));
        Extract(root, Sections.Steps, "SdkMessageProcessingStep", step =>
            Add($"SdkMessageProcessingSteps/{SolutionFiles.Segment(Attribute(step, "SdkMessageProcessingStepId"), Where(step))}.xml", XmlFiles.Write(step), source));
        Add("Other/Customizations.xml", XmlFiles.Write(customizations), source);

        foreach (var (entry, bytes) in zip)
        {
            if (entry != solutionEntry && entry != customizationsEntry && !entry.Equals("[Content_Types].xml", StringComparison.OrdinalIgnoreCase))
            {
                Add(entry, bytes, entry);
            }
        }

        return folder;
    }

    private static string? Find(IReadOnlyDictionary<string, byte[]> zip, string name) =>
        zip.Keys.FirstOrDefault(k => k.Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Moves each component out of its section; a section the pack would have had to create goes too.</summary>
    private static void Extract(XElement root, string sectionName, string element, Action<XElement> write)
    {
        if (root.Element(sectionName) is not { } section)
        {
            return;
        }

        var components = section.Elements(element).ToList();
        if (components.Count == 0)
        {
            return;
        }

        foreach (var component in components)
        {
            write(component);
        }

        foreach (var component in components)
        {
            component.Remove();
        }

        if (section.HasElements)
        {
            return;
        }

        if (Sections.AlwaysPresent.Contains(sectionName))
        {
            section.ReplaceWith(XmlFiles.Emptied(section));
        }
        else
        {
            section.Remove();
        }
    }

    private static void SplitEntity(XElement packed, Action<string, byte[], string> add)
    {
        var entity = new XElement(packed);
        var name = SolutionFiles.Segment(entity.Element("Name")?.Value ?? throw new PackerException($"{Where(packed)}: an <Entity> without a <Name>"), Where(packed));
        var folder = $"Entities/{name}/";

        if (entity.Element("FormXml") is { } formXml)
        {
            foreach (var forms in formXml.Elements("forms"))
            {
                var type = SolutionFiles.Segment(Attribute(forms, "type"), Where(forms));
                foreach (var form in forms.Elements("systemform"))
                {
                    var id = SolutionFiles.Segment(Child(form, "formid"), Where(form));
                    add($"{folder}FormXml/{type}/{id}.xml", XmlFiles.Write(new XElement("forms", new XAttribute(XNamespace.Xmlns + "xsi", XmlFiles.Xsi), form)), Where(form));
                }
            }

            // Entity.xml keeps an empty <FormXml /> where the forms go back on the next pack.
            formXml.ReplaceWith(new XElement("FormXml"));
        }

        if (entity.Element("SavedQueries") is { } savedQueries)
        {
            foreach (var query in savedQueries.Elements("savedqueries").Elements("savedquery"))
            {
                var id = SolutionFiles.Segment(Child(query, "savedqueryid"), Where(query));
                add($"{folder}SavedQueries/{id}.xml", XmlFiles.Write(new XElement("savedqueries", new XAttribute(XNamespace.Xmlns + "xsi", XmlFiles.Xsi), query)), Where(query));
            }

            savedQueries.Remove();
        }

        // An empty <RibbonDiffXml /> stays in Entity.xml; a ribbon with commands gets its own file.
        if (entity.Element("RibbonDiffXml") is { HasElements: true } ribbon)
        {
            add($"{folder}RibbonDiff.xml", XmlFiles.Write(new XElement(ribbon)), Where(ribbon));
            ribbon.Remove();
        }

        add($"{folder}Entity.xml", XmlFiles.Write(entity), Where(packed));
    }

    // One file per referenced entity (the first entity of a many-to-many), and the index of names, sorted.
    private static void SplitRelationships(XElement root, Action<string, byte[], string> add)
    {
        if (root.Element(Sections.EntityRelationships) is not { } section || !section.Elements("EntityRelationship").Any())
        {
            return;
        }

        var relationships = section.Elements("EntityRelationship").ToList();
        var index = new XElement(Sections.EntityRelationships, new XAttribute(XNamespace.Xmlns + "xsi", XmlFiles.Xsi));
        var files = new SortedDictionary<string, XElement>(StringComparer.Ordinal);
        foreach (var relationship in relationships)
        {
            var name = Attribute(relationship, "Name");
            var owner = relationship.Element("ReferencedEntityName")?.Value ?? relationship.Element("FirstEntityName")?.Value
                ?? throw new PackerException($"{Where(relationship)}: the relationship {name} has neither <ReferencedEntityName> nor <FirstEntityName>");
            var file = $"Other/Relationships/{SolutionFiles.Segment(owner, Where(relationship))}.xml";
            if (!files.TryGetValue(file, out var holder))
            {
                files[file] = holder = new XElement(Sections.EntityRelationships, new XAttribute(XNamespace.Xmlns + "xsi", XmlFiles.Xsi));
            }

            holder.Add(new XElement(relationship));
        }

        foreach (var name in relationships.Select(r => (string)r.Attribute("Name")!).Order(StringComparer.OrdinalIgnoreCase))
        {
            index.Add(new XElement("EntityRelationship", new XAttribute("Name", name)));
        }

        foreach (var (file, holder) in files)
        {
            add(file, XmlFiles.Write(holder), "customizations.xml");
        }

        add("Other/Relationships.xml", XmlFiles.Write(index), "customizations.xml");
        section.ReplaceWith(XmlFiles.Emptied(section));
    }

    private static string DataFile(XElement component, string child) =>
        SolutionFiles.FromReference(Child(component, child), Where(component)) + ".data.xml";

    private static string Attribute(XElement element, string name) =>
        (string?)element.Attribute(name) is { Length: > 0 } value
            ? value
            : throw new PackerException($"{Where(element)}: <{element.Name.LocalName}> has no {name} attribute");

    private static string Child(XElement element, string name) =>
        element.Element(name)?.Value is { Length: > 0 } value
            ? value.Trim()
            : throw new PackerException($"{Where(element)}: <{element.Name.LocalName}> has no <{name}>");

    private static string Where(XElement element) => $"customizations.xml: line {XmlFiles.Line(element)}";
}
