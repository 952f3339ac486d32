using DataverseSharing.LocalDataverse.Pipeline;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Tests.Pipeline.Registration;

/// <summary>Steps registered in code through LocalOrganizationOptions.Steps: how they run, and what is refused.</summary>
public sealed class StepDefinitionTests
{
    private static readonly Guid StepId = new("c0000000-0000-0000-0000-000000000001");

    [Fact]
    public void Steps_ConfigurationGiven_PluginConstructedWithIt()
    {
        using var org = Organization(Step<ConfiguredPlugin>("Create", "account") with { UnsecureConfiguration = "open", SecureConfiguration = "secret" });

        org.SystemService.Create(new Entity("account") { ["name"] = "Contoso" });

        var seen = Assert.Single(Recorder.Calls);
        Assert.Equal("open|secret", seen.Context.SharedVariables["config"]);
    }

    [Fact]
    public void Steps_RunAsUser_ContextUserIsThatUserAndInitiatingUserTheCaller()
    {
        var runAs = Guid.NewGuid();
        var caller = Guid.NewGuid();
        using var org = Organization(Step<RecordingPlugin>("Create", "account") with { RunAsUserId = runAs });

        org.ServiceAs(caller).Create(new Entity("account") { ["name"] = "Contoso" });

        var seen = Assert.Single(Recorder.Calls);
        Assert.Equal(runAs, seen.Context.UserId);
        Assert.Equal(caller, seen.Context.InitiatingUserId);
    }

    [Fact]
    public void Steps_UpdateWithImages_PreAndPostImagesHoldTheirColumns()
    {
        using var org = Organization(Step<RecordingPlugin>("Update", "account") with
        {
            FilteringAttributes = ["name"],
            Images =
            [
                new StepImageDefinition { Alias = "before", Kind = StepImageKind.PreImage, Attributes = ["name"] },
                new StepImageDefinition { Alias = "after", Kind = StepImageKind.PostImage },
            ],
        });
        var id = org.SystemService.Create(new Entity("account") { ["name"] = "Old", ["description"] = "kept" });

        org.SystemService.Update(new Entity("account", id) { ["description"] = "not a filtering column" });
        Assert.Empty(Recorder.Calls);
        org.SystemService.Update(new Entity("account", id) { ["name"] = "New" });

        var seen = Assert.Single(Recorder.Calls);
        var before = seen.Context.PreEntityImages["before"];
        Assert.Equal("Old", before["name"]);
        Assert.False(before.Contains("description"));
        Assert.Equal("New", seen.Context.PostEntityImages["after"]["name"]);
        Assert.Equal("not a filtering column", seen.Context.PostEntityImages["after"]["description"]);
    }

    [Fact]
    public void Steps_DeletePreImage_HoldsTheDeletedRow()
    {
        using var org = Organization(Step<RecordingPlugin>("Delete", "account") with
        {
            Stage = StepStage.PreOperation,
            Images = [new StepImageDefinition { Alias = "gone", Kind = StepImageKind.PreImage }],
        });
        var id = org.SystemService.Create(new Entity("account") { ["name"] = "Contoso" });

        org.SystemService.Delete("account", id);

        Assert.Equal("Contoso", Assert.Single(Recorder.Calls).Context.PreEntityImages["gone"]["name"]);
    }

    [Fact]
    public void Steps_Discovery_FindsStepsOfEachPluginAssembly()
    {
        var discovered = Step<RecordingPlugin>("Create", "contact");
        Recorder.Reset();
        using var org = LocalOrganization.CreateInMemory(new LocalOrganizationOptions
        {
            EnforceSecurity = false,
            PluginAssemblies = [typeof(RecordingPlugin).Assembly],
            DiscoverSteps = assembly => assembly == typeof(RecordingPlugin).Assembly ? [discovered] : [],
        });

        org.SystemService.Create(new Entity("contact") { ["lastname"] = "Smith" });

        Assert.Equal(StepId, Assert.Single(org.Pipeline.Steps).Id);
        Assert.Equal("Create", Assert.Single(Recorder.Calls).Context.MessageName);
    }

    [Theory]
    [InlineData("not-a-plugin", "is not a concrete class implementing IPlugin")]
    [InlineData("unconstructable", "has neither a public parameterless constructor")]
    [InlineData("stage-30", "stage 30 is not 10, 20 or 40")]
    [InlineData("async-pre", "asynchronous at stage 20")]
    [InlineData("filter-on-create", "filtering attributes on Create")]
    [InlineData("pre-image-on-create", "pre-image on Create")]
    [InlineData("post-image-on-delete", "post-image on Delete")]
    [InlineData("post-image-pre-stage", "post-image at stage 20")]
    [InlineData("image-on-retrieve", "on Retrieve, a message that has no images")]
    [InlineData("no-id", "has no id")]
    [InlineData("unknown-table", "table 'nosuchtable' does not exist")]
    [InlineData("unknown-message", "message 'NoSuchMessage' does not exist")]
    public void Steps_RegistrationDataverseRefuses_ErrorNamesStepAndProblem(string what, string expected)
    {
        var step = Bad(what);

        var error = Assert.Throws<StepRegistrationException>(() => LocalOrganization.CreateInMemory(new LocalOrganizationOptions { Steps = [step] }));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"LocalOrganizationOptions.Steps: step {step.Id:D} (", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Steps_TwoStepsOneId_ErrorNamesBoth()
    {
        var step = Step<RecordingPlugin>("Create", "account");

        var error = Assert.Throws<StepRegistrationException>(() => LocalOrganization.CreateInMemory(new LocalOrganizationOptions { Steps = [step, step with { Message = "Update" }] }));

        Assert.Contains("its id is also the id of", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_RefusedStep_NoDatabaseFileCreated()
    {
        var path = Path.Combine(Path.GetTempPath(), $"steps-{Guid.NewGuid():N}.db");

        Assert.Throws<StepRegistrationException>(() => LocalOrganization.Open(path, new LocalOrganizationOptions { Steps = [Bad("stage-30")] }));

        Assert.False(File.Exists(path));
    }

    [Fact]
    public void LocalDataverse_References_NoPluginProject()
    {
        var references = typeof(LocalOrganization).Assembly.GetReferencedAssemblies().Select(a => a.Name);

        Assert.DoesNotContain("DataverseSharing.Plugins", references);
    }

    private static StepDefinition Bad(string what) => what switch
    {
        "not-a-plugin" => Step<NotAPlugin>("Create", "account"),
        "unconstructable" => Step<UnconstructablePlugin>("Create", "account"),
        "stage-30" => Step<RecordingPlugin>("Create", "account") with { Stage = StepStage.MainOperation },
        "async-pre" => Step<RecordingPlugin>("Create", "account") with { Stage = StepStage.PreOperation, Mode = StepExecutionMode.Asynchronous },
        "filter-on-create" => Step<RecordingPlugin>("Create", "account") with { FilteringAttributes = ["name"] },
        "pre-image-on-create" => Step<RecordingPlugin>("Create", "account") with { Images = [Image(StepImageKind.PreImage)] },
        "post-image-on-delete" => Step<RecordingPlugin>("Delete", "account") with { Images = [Image(StepImageKind.PostImage)] },
        "post-image-pre-stage" => Step<RecordingPlugin>("Update", "account") with { Stage = StepStage.PreOperation, Images = [Image(StepImageKind.PostImage)] },
        "image-on-retrieve" => Step<RecordingPlugin>("Retrieve", "account") with { Images = [Image(StepImageKind.PreImage)] },
        "no-id" => Step<RecordingPlugin>("Create", "account") with { Id = Guid.Empty },
        "unknown-table" => Step<RecordingPlugin>("Create", "nosuchtable"),
        "unknown-message" => Step<RecordingPlugin>("NoSuchMessage", "account"),
        _ => throw new ArgumentOutOfRangeException(nameof(what), what, null),
    };

    private static StepImageDefinition Image(StepImageKind kind) => new() { Alias = "image", Kind = kind };

    private static StepDefinition Step<TPlugin>(string message, string table) =>
        new() { Id = StepId, PluginType = typeof(TPlugin), Message = message, Table = table };

    private static LocalOrganization Organization(StepDefinition step)
    {
        Recorder.Reset();
        return LocalOrganization.CreateInMemory(new LocalOrganizationOptions { Steps = [step], EnforceSecurity = false });
    }
}
