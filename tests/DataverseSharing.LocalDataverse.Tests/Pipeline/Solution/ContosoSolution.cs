namespace DataverseSharing.LocalDataverse.Tests.Pipeline.Solution;

/// <summary>
/// A small unpacked solution as `pac solution unpack` writes one for a third party: one table (contoso_project),
/// a plug-in assembly's data file, and steps with images on Create, Update and Delete.
/// </summary>
internal sealed class ContosoSolution : IDisposable
{
    public const string CreateStep = "{6c1f0d5e-0001-4a7b-9c3d-000000000001}";
    public const string UpdatePreStep = "{6c1f0d5e-0002-4a7b-9c3d-000000000002}";
    public const string UpdatePostStep = "{6c1f0d5e-0003-4a7b-9c3d-000000000003}";
    public const string DeleteStep = "{6c1f0d5e-0004-4a7b-9c3d-000000000004}";
    public const string AuditTypeId = "6c1f0d5e-1000-4a7b-9c3d-000000000001";
    public const string CreateId = "9ebdbb1b-ea3e-db11-86a7-000a3a5473e8";
    public const string UpdateId = "20bebb1b-ea3e-db11-86a7-000a3a5473e8";
    public const string DeleteId = "a1bdbb1b-ea3e-db11-86a7-000a3a5473e8";
    public const string RetrieveId = "f2bdbb1b-ea3e-db11-86a7-000a3a5473e8";

    private static readonly string AssemblyName = typeof(Contoso.Plugins.ProjectAudit).Assembly.GetName().Name!;

    private readonly TemporaryFolder folder = new();

    public ContosoSolution()
    {
        Root = folder.File("src");
        Write("Other/Solution.xml", Manifest);
        Write("Entities/contoso_Project/Entity.xml", ProjectTable);
        Write("PluginAssemblies/Contoso.Plugins-6C1F0D5E-2000-4A7B-9C3D-000000000001/Contoso.Plugins.dll.data.xml", AssemblyData);
        WriteStep(CreateStep, "Contoso.Plugins.ProjectAudit: Create of contoso_project", CreateId, "ProjectAudit", stage: 40, extra: "<Configuration>created-config</Configuration>",
            images: Image("Created", 1, "id", "contoso_name"));
        WriteStep(UpdatePreStep, "Contoso.Plugins.ProjectAudit: Update of contoso_project", UpdateId, "ProjectAudit", stage: 20, extra: "<FilteringAttributes>contoso_name</FilteringAttributes>",
            images: Image("PreImage", 0, "Target", "contoso_name"));
        WriteStep(UpdatePostStep, "Contoso.Plugins.ProjectAudit: Update of contoso_project (both)", UpdateId, "ProjectAudit", stage: 40, extra: string.Empty,
            images: Image("Image", 2, "Target", attributes: null));
        WriteStep(DeleteStep, "Contoso.Plugins.ProjectDeleteGuard: Delete of contoso_project", DeleteId, "ProjectDeleteGuard", stage: 10, extra: string.Empty,
            images: Image("Gone", 0, "Target", "contoso_name,contoso_active"));
    }

    public string Root { get; }

    public void Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public string StepFile(string stepId) => $"SdkMessageProcessingSteps/{stepId}.xml";

    public void Replace(string relativePath, string oldText, string newText)
    {
        var path = Path.Combine(Root, relativePath);
        var text = File.ReadAllText(path);
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    public void Dispose() => folder.Dispose();

    public void WriteStep(string id, string name, string messageId, string pluginClass, int stage, string extra, string images, string table = "contoso_project", int mode = 0) =>
        Write(StepFile(id), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <SdkMessageProcessingStep Name="{name}" SdkMessageProcessingStepId="{id}">
              <SdkMessageId>{messageId}</SdkMessageId>
              <PluginTypeName>Contoso.Plugins.{pluginClass}, {AssemblyName}, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null</PluginTypeName>
              {(pluginClass == "ProjectAudit" ? $"<PluginTypeId>{AuditTypeId}</PluginTypeId>" : string.Empty)}
              <PrimaryEntity>{table}</PrimaryEntity>
              <AsyncAutoDelete>0</AsyncAutoDelete>
              {extra}
              <InvocationSource>0</InvocationSource>
              <Mode>{mode}</Mode>
              <Rank>1</Rank>
              <EventHandlerTypeCode>4602</EventHandlerTypeCode>
              <Stage>{stage}</Stage>
              <IsCustomizable>1</IsCustomizable>
              <IsHidden>0</IsHidden>
              <SupportedDeployment>0</SupportedDeployment>
              <IntroducedVersion>1.0</IntroducedVersion>
              <SdkMessageProcessingStepImages>{images}</SdkMessageProcessingStepImages>
            </SdkMessageProcessingStep>
            """);

    public static string Image(string alias, int imageType, string property, string? attributes) => $"""

                <SdkMessageProcessingStepImage Name="{alias}">
                  <SdkMessageProcessingStepImageId>{Guid.NewGuid():B}</SdkMessageProcessingStepImageId>
                  {(attributes is null ? string.Empty : $"<Attributes>{attributes}</Attributes>")}
                  <EntityAlias>{alias}</EntityAlias>
                  <ImageType>{imageType}</ImageType>
                  <MessagePropertyName>{property}</MessagePropertyName>
                  <IsCustomizable>1</IsCustomizable>
                </SdkMessageProcessingStepImage>
            """;

    private const string Manifest = """
        <?xml version="1.0" encoding="utf-8"?>
        <ImportExportXml version="9.2.24045.212" SolutionPackageVersion="9.2" languagecode="1033" generatedBy="CrmLive">
          <SolutionManifest>
            <UniqueName>ContosoProjects</UniqueName>
            <Version>1.0.0.0</Version>
            <Managed>0</Managed>
            <Publisher>
              <UniqueName>contoso</UniqueName>
              <CustomizationPrefix>contoso</CustomizationPrefix>
              <CustomizationOptionValuePrefix>10000</CustomizationOptionValuePrefix>
            </Publisher>
            <RootComponents />
          </SolutionManifest>
        </ImportExportXml>
        """;

    private const string ProjectTable = """
        <?xml version="1.0" encoding="utf-8"?>
        <Entity>
          <Name LocalizedName="Project" OriginalName="Project">contoso_Project</Name>
          <EntityInfo>
            <entity Name="contoso_Project">
              <LocalizedNames><LocalizedName description="Project" languagecode="1033" /></LocalizedNames>
              <attributes>
                <attribute PhysicalName="contoso_ProjectId">
                  <Type>primarykey</Type>
                  <Name>contoso_projectid</Name>
                  <LogicalName>contoso_projectid</LogicalName>
                  <RequiredLevel>systemrequired</RequiredLevel>
                </attribute>
                <attribute PhysicalName="contoso_Name">
                  <Type>nvarchar</Type>
                  <Name>contoso_name</Name>
                  <LogicalName>contoso_name</LogicalName>
                  <RequiredLevel>required</RequiredLevel>
                  <DisplayMask>PrimaryName|ValidForAdvancedFind|ValidForForm|ValidForGrid|RequiredForForm</DisplayMask>
                  <IsCustomField>1</IsCustomField>
                  <MaxLength>100</MaxLength>
                </attribute>
                <attribute PhysicalName="contoso_Active">
                  <Type>bit</Type>
                  <Name>contoso_active</Name>
                  <LogicalName>contoso_active</LogicalName>
                  <RequiredLevel>none</RequiredLevel>
                  <IsCustomField>1</IsCustomField>
                </attribute>
                <attribute PhysicalName="contoso_Budget">
                  <Type>int</Type>
                  <Name>contoso_budget</Name>
                  <LogicalName>contoso_budget</LogicalName>
                  <RequiredLevel>none</RequiredLevel>
                  <IsCustomField>1</IsCustomField>
                </attribute>
              </attributes>
              <EntitySetName>contoso_projects</EntitySetName>
              <OwnershipTypeMask>OrgOwned</OwnershipTypeMask>
            </entity>
          </EntityInfo>
        </Entity>
        """;

    private static string AssemblyData => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <PluginAssembly FullName="{AssemblyName}, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null" PluginAssemblyId="6c1f0d5e-2000-4a7b-9c3d-000000000001" CustomizationLevel="1">
          <IsolationMode>2</IsolationMode>
          <SourceType>0</SourceType>
          <IntroducedVersion>1.0</IntroducedVersion>
          <FileName>/PluginAssemblies/Contoso.Plugins-6C1F0D5E-2000-4A7B-9C3D-000000000001/Contoso.Plugins.dll</FileName>
          <PluginTypes>
            <PluginType AssemblyQualifiedName="Contoso.Plugins.ProjectAudit, {AssemblyName}, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null" PluginTypeId="{AuditTypeId}" Name="Contoso.Plugins.ProjectAudit">
              <FriendlyName>ProjectAudit</FriendlyName>
            </PluginType>
          </PluginTypes>
        </PluginAssembly>
        """;
}
