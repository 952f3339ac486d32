using DataverseSharing.LocalDataverse.Security.Enforcement;
using DataverseSharing.LocalDataverse.Service.Faults;
using DataverseSharing.LocalDataverse.Service.Records;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DataverseSharing.LocalDataverse.Service.Messages;

/// <summary>
/// WinOpportunity and LoseOpportunity: record the outcome as a completed opportunityclose activity, then close the
/// opportunity as Won (1) or Lost (2) with the given status reason (-1: the state's default), its actual close date
/// (the activity's actualend, else today) and, when the activity has one, its actual revenue as actualvalue.
/// Only an open opportunity can be closed.
/// </summary>
internal sealed class CloseOpportunityHandler(bool won) : IMessageHandler
{
    private const int Open = 0;
    private const int Won = 1;
    private const int Lost = 2;

    // The opportunityclose activity the platform creates is completed (state 1, status 2).
    private const int ActivityCompleted = 1;
    private const int ActivityCompletedStatus = 2;

    /// <summary>Its Update of the opportunity and Create of the opportunityclose run through the service and are checked there.</summary>
    public MessagePrivileges Privileges => MessagePrivileges.InnerRequests;

    public string MessageName => won ? "WinOpportunity" : "LoseOpportunity";

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        var close = RequestParameters.Get<Entity>(request, "OpportunityClose") ?? throw DataverseFaults.InvalidArgument($"{MessageName} requires an OpportunityClose entity.");
        var status = RequestParameters.Get<OptionSetValue>(request, "Status") ?? throw DataverseFaults.InvalidArgument($"{MessageName} requires a Status.");
        if (close.LogicalName != "opportunityclose")
        {
            throw DataverseFaults.InvalidArgument($"The OpportunityClose of {MessageName} must be an opportunityclose entity, not a '{close.LogicalName}'.");
        }

        var opportunity = close.GetAttributeValue<EntityReference>("opportunityid")
            ?? throw DataverseFaults.InvalidArgument($"The OpportunityClose of {MessageName} must name its opportunity in opportunityid.");
        var table = TableLookup.Table(context.Catalog, "opportunity");
        var current = new RecordStore(context, table).Read(opportunity.Id, [TableLookup.Column(table, "statecode")])
            ?? throw DataverseFaults.RecordNotFound(table.LogicalName, opportunity.Id);
        if (current.GetAttributeValue<OptionSetValue>("statecode")?.Value is { } state && state != Open)
        {
            throw DataverseFaults.Create(ErrorCodes.InvalidArgument, $"The opportunity {opportunity.Id:D} is already closed ({(state == Won ? "Won" : "Lost")}): only an open opportunity can be won or lost.");
        }

        // The opportunity first, so an invalid status reason fails before anything is written.
        var change = SetStateHandler.StateChange(table.LogicalName, opportunity.Id, won ? Won : Lost, status.Value);
        change["actualclosedate"] = close.GetAttributeValue<DateTime?>("actualend") ?? context.Now.Date;
        if (close.GetAttributeValue<Money>("actualrevenue") is { } revenue)
        {
            change["actualvalue"] = revenue;
        }

        // Through the service as an Update, so the caller's write access is checked and Update steps see the state change.
        context.Service.Execute(new UpdateRequest { Target = change });

        // Through the service, so Create steps on opportunityclose run as they do on the platform.
        var activity = new Entity("opportunityclose", close.Id);
        foreach (var (name, value) in close.Attributes)
        {
            activity[name] = value;
        }

        activity["statecode"] = new OptionSetValue(ActivityCompleted);
        activity["statuscode"] = new OptionSetValue(ActivityCompletedStatus);
        context.Service.Execute(new CreateRequest { Target = activity });
        return won ? new WinOpportunityResponse() : new LoseOpportunityResponse();
    }
}
