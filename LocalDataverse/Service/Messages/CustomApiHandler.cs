using DataverseSharing.LocalDataverse.Security.Enforcement;
using DataverseSharing.LocalDataverse.Pipeline;
using DataverseSharing.LocalDataverse.Service.Faults;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Service.Messages;

/// <summary>
/// Runs a custom API: checks the request's parameters against the definition (each required one present, every one
/// of its declared type, none undeclared), runs the API's plug-in as the main operation (stage 30) with the same
/// runner as pipeline steps, and returns the plug-in's OutputParameters, each a declared response property, as the
/// response's Results. Steps registered on the API's message still run at stages 10, 20 and 40 around it.
/// </summary>
internal sealed class CustomApiHandler(CustomApiDefinition api) : IMessageHandler
{
    /// <summary>The API this handler runs, for the checks of steps registered on its message.</summary>
    public CustomApiDefinition Api => api;

    // The runner caches plug-in instances by step id, as the platform caches one instance per step.
    private readonly StepDefinition? step = api.PluginType is null ? null : new StepDefinition
    {
        Id = Guid.NewGuid(),
        PluginType = api.PluginType,
        Name = $"{api.UniqueName} main operation",
        Message = api.UniqueName,
        Table = api.BoundEntityLogicalName ?? "none",
        Stage = StepStage.MainOperation,
    };

    /// <summary>
    /// The API's execute privilege when it names one; either way the plug-in's calls through a service for the caller
    /// (context.UserId) are checked as the caller's own requests.
    /// </summary>
    public MessagePrivileges Privileges { get; } =
        api.ExecutePrivilegeName is { Length: > 0 } privilege ? MessagePrivileges.Execute(privilege) : MessagePrivileges.InnerRequests;

    public string MessageName => api.UniqueName;

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        CheckParameters(request);
        var response = new OrganizationResponse { ResponseName = api.UniqueName };
        if (step is null)
        {
            return response;
        }

        var execution = NewContext(request, context);
        var host = (IPipelineHost)context.Service;
        StepRunner.Run(context.Service.Pipeline, step, execution, host.ServiceFor, context.Service.Clock);
        foreach (var (name, value) in execution.OutputParameters)
        {
            var property = api.ResponseProperties.FirstOrDefault(p => p.UniqueName == name)
                ?? throw DataverseFaults.InvalidArgument($"The plug-in of custom API '{api.UniqueName}' set the output parameter '{name}', which is not one of its response properties.");
            if (value is not null && !property.Type.Accepts(value))
            {
                throw DataverseFaults.InvalidArgument(
                    $"The plug-in of custom API '{api.UniqueName}' set the response property '{name}' to a {value.GetType().FullName}; it is of type {property.Type}.");
            }

            response[name] = value;
        }

        return response;
    }

    private void CheckParameters(OrganizationRequest request)
    {
        foreach (var parameter in api.RequestParameters)
        {
            var present = request.Parameters.TryGetValue(parameter.UniqueName, out var value) && value is not null;
            if (!present && !parameter.IsOptional)
            {
                throw DataverseFaults.InvalidArgument($"The required parameter '{parameter.UniqueName}' of custom API '{api.UniqueName}' is missing.");
            }

            if (present && !parameter.Type.Accepts(value!))
            {
                throw DataverseFaults.InvalidArgument(
                    $"The parameter '{parameter.UniqueName}' of custom API '{api.UniqueName}' must be of type {parameter.Type}, not {value!.GetType().FullName}.");
            }

            if (present && parameter.LogicalEntityName is { Length: > 0 } table && TableOf(value!) is { } given && given != table)
            {
                throw DataverseFaults.InvalidArgument(
                    $"The parameter '{parameter.UniqueName}' of custom API '{api.UniqueName}' must be a {table}, not a {given}.");
            }
        }

        CheckTarget(request);
        foreach (var name in request.Parameters.Keys)
        {
            var bound = api.BindingType != CustomApiBindingType.Global && name == "Target";
            if (!bound && api.RequestParameters.All(p => p.UniqueName != name))
            {
                throw DataverseFaults.InvalidArgument($"'{name}' is not a parameter of custom API '{api.UniqueName}'.");
            }
        }
    }

    // An entity-bound API is called on one row: Target is a reference to a row of the bound table, as the
    // platform passes it (and the Web API builds it from the URL).
    private void CheckTarget(OrganizationRequest request)
    {
        if (api.BindingType != CustomApiBindingType.Entity)
        {
            return;
        }

        if (!request.Parameters.TryGetValue("Target", out var value) || value is not EntityReference target)
        {
            throw DataverseFaults.InvalidArgument($"Custom API '{api.UniqueName}' is bound to {api.BoundEntityLogicalName}: its Target must be an EntityReference to one.");
        }

        if (target.LogicalName != api.BoundEntityLogicalName)
        {
            throw DataverseFaults.InvalidArgument($"Custom API '{api.UniqueName}' is bound to {api.BoundEntityLogicalName}, not to {target.LogicalName}.");
        }
    }

    private static string? TableOf(object value) => value switch
    {
        EntityReference reference => reference.LogicalName,
        Entity entity => entity.LogicalName,
        _ => null,
    };

    private RemoteExecutionContext NewContext(OrganizationRequest request, RequestContext context)
    {
        var host = (IPipelineHost)context.Service;
        var caller = host.Caller;
        var target = api.BoundEntityLogicalName is null ? null : request.Parameters.TryGetValue("Target", out var value) ? value as EntityReference : null;
        var execution = new RemoteExecutionContext
        {
            MessageName = api.UniqueName,
            PrimaryEntityName = api.BoundEntityLogicalName ?? "none",
            PrimaryEntityId = target?.Id ?? Guid.Empty,
            SecondaryEntityName = "none",
            Stage = (int)StepStage.MainOperation,
            Mode = 0,
            Depth = caller.Depth,
            UserId = context.UserId,
            InitiatingUserId = caller.InitiatingUserId != Guid.Empty ? caller.InitiatingUserId : context.UserId,
            BusinessUnitId = host.BusinessUnitOf(context.UserId),
            CorrelationId = caller.CorrelationId != Guid.Empty ? caller.CorrelationId : Guid.NewGuid(),
            OperationId = Guid.NewGuid(),
            OperationCreatedOn = context.Now,
            RequestId = request.RequestId ?? Guid.NewGuid(),
            OrganizationId = context.Service.Pipeline.OrganizationId,
            OrganizationName = context.Service.Pipeline.OrganizationName,
            IsInTransaction = true,
            IsolationMode = 2,
            ParentContext = caller.Parent as RemoteExecutionContext,
        };
        execution.InputParameters.AddRange(request.Parameters);
        return execution;
    }
}
