using System.ServiceModel;
using DataverseSharing.LocalDataverse.Service.Faults;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Pipeline;

/// <summary>
/// One request going through the event pipeline: pre-validation (10), pre-operation (20), the main operation,
/// post-operation (40) synchronous steps, then asynchronous steps queued as system jobs. Steps of one request
/// share their SharedVariables, as on the platform, and see the request's InputParameters.
/// </summary>
internal sealed class PipelineInvocation
{
    private readonly PluginPipeline pipeline;
    private readonly OrganizationRequest request;
    private readonly IPipelineHost host;
    private readonly TimeProvider clock;
    private readonly PrimaryEntity primary;
    private readonly string message;
    private readonly ParameterCollection sharedVariables = new();
    private readonly Guid correlationId;
    private readonly Guid operationId = Guid.NewGuid();
    private readonly Dictionary<Guid, EntityImageCollection> preImages = new();

    public PipelineInvocation(PluginPipeline pipeline, OrganizationRequest request, IPipelineHost host, TimeProvider clock)
    {
        this.pipeline = pipeline;
        this.request = request;
        this.host = host;
        this.clock = clock;
        primary = PrimaryEntity.Of(request);
        message = SdkMessageNames.Of(request.RequestName);
        correlationId = host.Caller.CorrelationId != Guid.Empty ? host.Caller.CorrelationId : Guid.NewGuid();
        if (host.Caller.Depth > PipelineErrorCodes.MaxDepth && HasAnyStep())
        {
            throw DataverseFaults.Create(PipelineErrorCodes.Unexpected, PipelineErrorCodes.LoopMessage);
        }
    }

    /// <summary>Stage 10: before the transaction when the request is at the top.</summary>
    public void RunPreValidation()
    {
        TakePreImages(Matching(StepStage.PreValidation));
        RunSyncStage(StepStage.PreValidation, response: null);
    }

    /// <summary>Stages 20, the main operation and 40, inside the request's transaction.</summary>
    public OrganizationResponse RunInTransaction(Func<OrganizationResponse> mainOperation)
    {
        TakePreImages(Matching(StepStage.PreOperation).Concat(Matching(StepStage.PostOperation)));
        RunSyncStage(StepStage.PreOperation, response: null);
        var response = mainOperation();
        RunSyncStage(StepStage.PostOperation, response);
        QueueAsyncSteps(response);
        return response;
    }

    /// <summary>Pre-images are the row as it was before the operation, whichever stage reads them.</summary>
    private void TakePreImages(IEnumerable<StepDefinition> steps)
    {
        foreach (var step in steps.Where(s => s.Images.Any(i => i.IsPreImage)))
        {
            var images = new EntityImageCollection();
            EntityImages.AddPreImages(host, step, request, images);
            preImages[step.Id] = images;
        }
    }

    private bool HasAnyStep() =>
        new[] { StepStage.PreValidation, StepStage.PreOperation, StepStage.PostOperation }
            .Any(stage => Matching(stage).Any());

    private IEnumerable<StepDefinition> Matching(StepStage stage) =>
        pipeline.StepsFor(message, primary.Name, stage).Where(PassesFilter);

    /// <summary>An Update step with filtering attributes runs only when the update touches one of them.</summary>
    private bool PassesFilter(StepDefinition step) =>
        step.FilteringAttributes.Count == 0
        || (request.Parameters.TryGetValue("Target", out var target) && target is Entity entity
            && step.FilteringAttributes.Any(entity.Attributes.ContainsKey));

    private void RunSyncStage(StepStage stage, OrganizationResponse? response)
    {
        foreach (var step in Matching(stage).Where(s => s.Mode == StepExecutionMode.Synchronous))
        {
            var context = NewContext(step, stage, response);

            if (response is not null)
            {
                EntityImages.AddPostImages(host, step, request, response, context.PostEntityImages);
            }

            StepRunner.Run(pipeline, step, context, host.ServiceFor, clock);

            // A step may replace an input parameter (a new Target): the operation uses what the step left.
            foreach (var parameter in context.InputParameters)
            {
                request.Parameters[parameter.Key] = parameter.Value;
            }

            // Shared variables flow from each step to the later ones of the same request (pre to post).
            foreach (var variable in context.SharedVariables)
            {
                sharedVariables[variable.Key] = variable.Value;
            }
        }
    }

    private void QueueAsyncSteps(OrganizationResponse response)
    {
        foreach (var step in Matching(StepStage.PostOperation).Where(s => s.Mode == StepExecutionMode.Asynchronous))
        {
            var context = NewContext(step, StepStage.PostOperation, response);
            context.Mode = 1;
            context.IsInTransaction = false;
            EntityImages.AddPostImages(host, step, request, response, context.PostEntityImages);
            host.CreateSystemRow(AsyncJob.NewRow(step, context, clock.GetUtcNow().UtcDateTime));
        }
    }

    private RemoteExecutionContext NewContext(StepDefinition step, StepStage stage, OrganizationResponse? response)
    {
        var caller = host.Caller;
        var primaryId = primary.Id;
        if (primaryId == Guid.Empty && response is not null && response.Results.TryGetValue("id", out var created) && created is Guid id)
        {
            primaryId = id;
        }

        // A step registered to run as another user sees that user as its UserId; the caller stays the initiating user.
        var userId = step.RunAsUserId ?? (step.RunAsUserName is { } name ? RunAsUser(step, name) : host.UserId);
        var context = new RemoteExecutionContext
        {
            MessageName = message,
            PrimaryEntityName = primary.Name,
            PrimaryEntityId = primaryId,
            SecondaryEntityName = "none",
            Stage = (int)stage,
            Mode = 0,
            Depth = caller.Depth,
            UserId = userId,
            InitiatingUserId = caller.InitiatingUserId != Guid.Empty ? caller.InitiatingUserId : host.UserId,
            BusinessUnitId = host.BusinessUnitOf(userId),
            CorrelationId = correlationId,
            OperationId = operationId,
            OperationCreatedOn = clock.GetUtcNow().UtcDateTime,
            RequestId = request.RequestId ?? operationId,
            OrganizationId = pipeline.OrganizationId,
            OrganizationName = pipeline.OrganizationName,
            IsInTransaction = stage != StepStage.PreValidation || (caller.Parent?.IsInTransaction ?? false),
            IsolationMode = 2,
            OwningExtension = new EntityReference("sdkmessageprocessingstep", step.Id) { Name = step.DisplayName },
            ParentContext = caller.Parent is null ? null : Snapshot(caller.Parent),
        };
        context.InputParameters.AddRange(request.Parameters);
        if (response is not null)
        {
            context.OutputParameters.AddRange(response.Results);
        }

        context.SharedVariables.AddRange(sharedVariables);
        if (preImages.TryGetValue(step.Id, out var images))
        {
            context.PreEntityImages.AddRange(images);
        }

        return context;
    }

    // The user a step file names by full name: one user must have it, else the request fails naming the step.
    private Guid RunAsUser(StepDefinition step, string name) => host.UsersNamed(name) switch
    {
        [var id] => id,
        [] => throw DataverseFaults.Create(PipelineErrorCodes.Unexpected, $"The step {step.Id:D} ({step.DisplayName}) runs as '{name}' (ImpersonatingUserIdName), but no user has that full name."),
        _ => throw DataverseFaults.Create(PipelineErrorCodes.Unexpected, $"The step {step.Id:D} ({step.DisplayName}) runs as '{name}' (ImpersonatingUserIdName), but more than one user has that full name."),
    };

    private static RemoteExecutionContext Snapshot(IPluginExecutionContext parent) =>
        parent as RemoteExecutionContext ?? throw new InvalidOperationException("Parent contexts are created by this pipeline.");
}
