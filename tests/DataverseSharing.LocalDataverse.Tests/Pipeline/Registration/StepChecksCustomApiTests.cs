using DataverseSharing.LocalDataverse.Pipeline;
using DataverseSharing.LocalDataverse.Service.Messages;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Tests.Pipeline.Registration;

/// <summary>A custom API takes only the steps its allowedcustomprocessingsteptype allows, for code-registered APIs and steps too.</summary>
public sealed class StepChecksCustomApiTests
{
    private const string Api = "contoso_Recalculate";
    private static readonly Guid StepId = new("c2000000-0000-0000-0000-000000000001");

    [Theory]
    [InlineData(CustomApiProcessingStepType.None, StepExecutionMode.Asynchronous, "custom API 'contoso_Recalculate' allows no custom processing steps")]
    [InlineData(CustomApiProcessingStepType.AsyncOnly, StepExecutionMode.Synchronous, "it is synchronous, and custom API 'contoso_Recalculate' allows asynchronous steps only")]
    public void Steps_OnCustomApiThatRefusesThem_OpenFailsNamingStepAndApi(CustomApiProcessingStepType allowed, StepExecutionMode mode, string expected)
    {
        var error = Assert.Throws<StepRegistrationException>(() => Open(allowed, mode));

        Assert.StartsWith($"LocalOrganizationOptions.Steps: step {StepId:D} (", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Steps_CustomApiDefault_AllowsNone()
    {
        Assert.Equal(CustomApiProcessingStepType.None, new CustomApiDefinition(Api).AllowedCustomProcessingStepType);
        Assert.Throws<StepRegistrationException>(() => LocalOrganization.CreateInMemory(new LocalOrganizationOptions
        {
            CustomApis = [new CustomApiDefinition(Api)],
            Steps = [Step(StepExecutionMode.Asynchronous)],
        }));
    }

    [Theory]
    [InlineData(CustomApiProcessingStepType.SyncAndAsync, StepExecutionMode.Synchronous)]
    [InlineData(CustomApiProcessingStepType.SyncAndAsync, StepExecutionMode.Asynchronous)]
    [InlineData(CustomApiProcessingStepType.AsyncOnly, StepExecutionMode.Asynchronous)]
    public void Steps_OnCustomApiThatAllowsThem_Registered(CustomApiProcessingStepType allowed, StepExecutionMode mode)
    {
        using var org = Open(allowed, mode);

        Assert.Equal(mode, Assert.Single(org.Pipeline.Steps).Mode);
    }

    [Fact]
    public void Execute_SyncStepOnCustomApiThatAllowsIt_Runs()
    {
        using var org = Open(CustomApiProcessingStepType.SyncAndAsync, StepExecutionMode.Synchronous);
        Recorder.Reset();

        org.SystemService.Execute(new OrganizationRequest(Api));

        Assert.Equal(Api, Assert.Single(Recorder.Calls).Context.MessageName);
    }

    [Fact]
    public void CustomApis_UnknownAllowedStepType_Refused()
    {
        var error = Assert.Throws<ArgumentException>(() => LocalOrganization.CreateInMemory(new LocalOrganizationOptions
        {
            CustomApis = [new CustomApiDefinition(Api) { AllowedCustomProcessingStepType = (CustomApiProcessingStepType)3 }],
        }));

        Assert.Contains("allowed custom processing step type 3; expected 0 (None), 1 (Async Only) or 2 (Sync and Async)", error.Message, StringComparison.Ordinal);
    }

    private static LocalOrganization Open(CustomApiProcessingStepType allowed, StepExecutionMode mode) =>
        LocalOrganization.CreateInMemory(new LocalOrganizationOptions
        {
            CustomApis = [new CustomApiDefinition(Api) { AllowedCustomProcessingStepType = allowed }],
            Steps = [Step(mode)],
            EnforceSecurity = false,
        });

    private static StepDefinition Step(StepExecutionMode mode) => new()
    {
        Id = StepId,
        PluginType = typeof(RecordingPlugin),
        Message = Api,
        Stage = StepStage.PostOperation,
        Mode = mode,
    };
}
