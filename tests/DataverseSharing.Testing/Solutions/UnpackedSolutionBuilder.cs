using System.Security;

namespace DataverseSharing.Testing.Solutions;

/// <summary>
/// Writes a small third-party solution folder in the layout `pac solution unpack` writes (Other/Solution.xml,
/// Entities/, Roles/, environmentvariabledefinitions/, customapis/, PluginAssemblies/), one component per call, into
/// a folder of its own deleted on dispose. Tests that need a damaged file write it with <see cref="Write"/>.
/// </summary>
public sealed class UnpackedSolutionBuilder : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "dvs-solution-" + Guid.NewGuid().ToString("N"));

    public UnpackedSolutionBuilder(string uniqueName = "FabrikamCore", string prefix = "fab")
    {
        Root = Path.Combine(folder, "src");
        Prefix = prefix;
        Write("Other/Solution.xml", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <ImportExportXml version="9.2.24045.212" SolutionPackageVersion="9.2" languagecode="1033" generatedBy="CrmLive">
              <SolutionManifest>
                <UniqueName>{uniqueName}</UniqueName>
                <Version>1.0.0.0</Version>
                <Managed>0</Managed>
                <Publisher>
                  <UniqueName>{prefix}publisher</UniqueName>
                  <CustomizationPrefix>{prefix}</CustomizationPrefix>
                  <CustomizationOptionValuePrefix>12000</CustomizationOptionValuePrefix>
                </Publisher>
                <RootComponents />
              </SolutionManifest>
            </ImportExportXml>
            """);
    }

    /// <summary>The folder to give LocalOrganizationOptions.SolutionFolders.</summary>
    public string Root { get; }

    public string Prefix { get; }

    /// <summary>
    /// An organization-owned table &lt;prefix&gt;_&lt;name&gt; with a primary key, a primary name column
    /// &lt;prefix&gt;_name, the given text columns, and optionally an alternate key over some of them.
    /// </summary>
    public UnpackedSolutionBuilder Table(string name, IReadOnlyList<string>? textColumns = null, (string Name, IReadOnlyList<string> Columns)? key = null)
    {
        var schema = $"{Prefix}_{name}";
        var columns = string.Concat((textColumns ?? []).Select(c => Text($"{Prefix}_{c}", primaryName: false)));
        var keys = key is { } k
            ? $"""
              <EntityKeys>
                <EntityKey>
                  <LogicalName>{k.Name.ToLowerInvariant()}</LogicalName>
                  <Name>{k.Name}</Name>
                  <EntityKeyAttributes>{string.Concat(k.Columns.Select(c => $"<AttributeName>{c}</AttributeName>"))}</EntityKeyAttributes>
                </EntityKey>
              </EntityKeys>
              """
            : string.Empty;
        return Write($"Entities/{schema}/Entity.xml", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <Entity>
              <Name LocalizedName="{name}" OriginalName="{name}">{schema}</Name>
              <EntityInfo>
                <entity Name="{schema}">
                  <LocalizedNames><LocalizedName description="{name}" languagecode="1033" /></LocalizedNames>
                  <attributes>
                    <attribute PhysicalName="{schema}Id">
                      <Type>primarykey</Type>
                      <Name>{schema.ToLowerInvariant()}id</Name>
                      <LogicalName>{schema.ToLowerInvariant()}id</LogicalName>
                      <RequiredLevel>systemrequired</RequiredLevel>
                    </attribute>
                    {Text($"{Prefix}_Name", primaryName: true)}
                    {columns}
                  </attributes>
                  <EntitySetName>{schema.ToLowerInvariant()}s</EntitySetName>
                  <OwnershipTypeMask>OrgOwned</OwnershipTypeMask>
                  {keys}
                </entity>
              </EntityInfo>
            </Entity>
            """);
    }

    /// <summary>Roles/&lt;name&gt;.xml granting each privilege (prvReadAccount…) at its level (Basic, Local, Deep, Global).</summary>
    public UnpackedSolutionBuilder Role(string name, Guid id, params (string Privilege, string Level)[] privileges) =>
        Write($"Roles/{name}.xml", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <Role id="{id:B}" name="{Escape(name)}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
              <RolePrivileges>
            {string.Join(Environment.NewLine, privileges.Select(p => $"""    <RolePrivilege name="{p.Privilege}" level="{p.Level}" />"""))}
              </RolePrivileges>
            </Role>
            """);

    /// <summary>
    /// environmentvariabledefinitions/&lt;schemaName&gt;/environmentvariabledefinition.xml, and its
    /// environmentvariablevalues.json when <paramref name="currentValue"/> is given. Type 100000000 is String.
    /// </summary>
    public UnpackedSolutionBuilder EnvironmentVariable(string schemaName, string? defaultValue, string? currentValue = null, int type = 100000000)
    {
        Write($"environmentvariabledefinitions/{schemaName}/environmentvariabledefinition.xml", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <environmentvariabledefinition schemaname="{schemaName}">
              {(defaultValue is null ? string.Empty : $"<defaultvalue>{Escape(defaultValue)}</defaultvalue>")}
              <description default="{schemaName} for tests"><label description="{schemaName} for tests" languagecode="1033" /></description>
              <displayname default="{schemaName} display"><label description="{schemaName} display" languagecode="1033" /></displayname>
              <introducedversion>1.0.0.0</introducedversion>
              <iscustomizable>1</iscustomizable>
              <isrequired>0</isrequired>
              <secretstore>0</secretstore>
              <type>{type}</type>
            </environmentvariabledefinition>
            """);
        return currentValue is null
            ? this
            : Write($"environmentvariabledefinitions/{schemaName}/environmentvariablevalues.json", $$"""
                {
                  "environmentvariablevalues": {
                    "environmentvariablevalue": {
                      "iscustomizable": "1",
                      "value": {{System.Text.Json.JsonSerializer.Serialize(currentValue)}}
                    }
                  }
                }
                """);
    }

    /// <summary>
    /// customapis/&lt;uniqueName&gt;/customapi.xml with its request parameters (name, type, optional) and response
    /// properties (name, type). <paramref name="pluginTypeId"/> is a plugintype id a <see cref="PluginAssembly"/> lists.
    /// </summary>
    public UnpackedSolutionBuilder CustomApi(
        string uniqueName,
        Guid? pluginTypeId,
        IReadOnlyList<(string Name, int Type, bool Optional)>? parameters = null,
        IReadOnlyList<(string Name, int Type)>? properties = null,
        int bindingType = 0,
        string? boundTable = null,
        bool isFunction = false,
        string? executePrivilege = null)
    {
        var plugin = pluginTypeId is { } id ? $"<plugintypeid><plugintypeid>{id:D}</plugintypeid></plugintypeid>" : "<plugintypeid />";
        Write($"customapis/{uniqueName}/customapi.xml", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <customapi uniquename="{uniqueName}">
              <allowedcustomprocessingsteptype>0</allowedcustomprocessingsteptype>
              <bindingtype>{bindingType}</bindingtype>
              {(boundTable is null ? "<boundentitylogicalname />" : $"<boundentitylogicalname>{boundTable}</boundentitylogicalname>")}
              <description default="{uniqueName} for tests"><label description="{uniqueName} for tests" languagecode="1033" /></description>
              <displayname default="{uniqueName} display"><label description="{uniqueName} display" languagecode="1033" /></displayname>
              {(executePrivilege is null ? "<executeprivilegename />" : $"<executeprivilegename>{executePrivilege}</executeprivilegename>")}
              <iscustomizable>1</iscustomizable>
              <isfunction>{(isFunction ? 1 : 0)}</isfunction>
              <isprivate>0</isprivate>
              <name>{uniqueName}</name>
              {plugin}
              <workflowsdkstepenabled>0</workflowsdkstepenabled>
            </customapi>
            """);
        foreach (var (name, type, optional) in parameters ?? [])
        {
            Write($"customapis/{uniqueName}/customapirequestparameters/{name}/customapirequestparameter.xml", $"""
                <?xml version="1.0" encoding="utf-8"?>
                <customapirequestparameter uniquename="{name}">
                  <displayname default="{name}"><label description="{name}" languagecode="1033" /></displayname>
                  <iscustomizable>1</iscustomizable>
                  <isoptional>{(optional ? 1 : 0)}</isoptional>
                  <logicalentityname />
                  <name>{uniqueName}.{name}</name>
                  <type>{type}</type>
                </customapirequestparameter>
                """);
        }

        foreach (var (name, type) in properties ?? [])
        {
            Write($"customapis/{uniqueName}/customapiresponseproperties/{name}/customapiresponseproperty.xml", $"""
                <?xml version="1.0" encoding="utf-8"?>
                <customapiresponseproperty uniquename="{name}">
                  <displayname default="{name}"><label description="{name}" languagecode="1033" /></displayname>
                  <iscustomizable>1</iscustomizable>
                  <logicalentityname />
                  <name>{uniqueName}.{name}</name>
                  <type>{type}</type>
                </customapiresponseproperty>
                """);
        }

        return this;
    }

    /// <summary>PluginAssemblies/&lt;name&gt;-&lt;ID&gt;/&lt;name&gt;.dll.data.xml listing the given classes of an assembly with their plugintype ids.</summary>
    public UnpackedSolutionBuilder PluginAssembly(System.Reflection.Assembly assembly, params (Type Type, Guid Id)[] types)
    {
        var name = assembly.GetName().Name!;
        var assemblyId = Guid.NewGuid();
        var listed = string.Concat(types.Select(t => $"""

                <PluginType AssemblyQualifiedName="{Escape(t.Type.FullName!)}, {Escape(assembly.FullName!)}" PluginTypeId="{t.Id:D}" Name="{Escape(t.Type.FullName!)}">
                  <FriendlyName>{Escape(t.Type.Name)}</FriendlyName>
                </PluginType>
            """));
        return Write($"PluginAssemblies/{name}-{assemblyId.ToString().ToUpperInvariant()}/{name}.dll.data.xml", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <PluginAssembly FullName="{Escape(assembly.FullName!)}" PluginAssemblyId="{assemblyId:D}" CustomizationLevel="1">
              <IsolationMode>2</IsolationMode>
              <SourceType>0</SourceType>
              <IntroducedVersion>1.0</IntroducedVersion>
              <FileName>/PluginAssemblies/{name}-{assemblyId.ToString().ToUpperInvariant()}/{name}.dll</FileName>
              <PluginTypes>{listed}
              </PluginTypes>
            </PluginAssembly>
            """);
    }

    /// <summary>Writes (or overwrites) any file of the folder, by its path relative to <see cref="Root"/>.</summary>
    public UnpackedSolutionBuilder Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a failing test must not hide that test's own failure.
        }
    }

    private static string Text(string schema, bool primaryName) => $"""

                    <attribute PhysicalName="{schema}">
                      <Type>nvarchar</Type>
                      <Name>{schema.ToLowerInvariant()}</Name>
                      <LogicalName>{schema.ToLowerInvariant()}</LogicalName>
                      <RequiredLevel>none</RequiredLevel>
                      {(primaryName ? "<DisplayMask>PrimaryName|ValidForAdvancedFind|ValidForForm|ValidForGrid</DisplayMask>" : string.Empty)}
                      <IsCustomField>1</IsCustomField>
                      <MaxLength>100</MaxLength>
                    </attribute>
            """;

    private static string Escape(string text) => SecurityElement.Escape(text);
}
