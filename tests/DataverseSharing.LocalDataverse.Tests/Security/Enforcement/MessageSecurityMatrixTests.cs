using DataverseSharing.LocalDataverse.Security;
using DataverseSharing.LocalDataverse.Security.Enforcement;
using DataverseSharing.LocalDataverse.Service.Messages;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Security.Enforcement;

/// <summary>
/// Every message the engine supports, sent by a user with no roles, a Salesperson (the rep in Sales EU North), a
/// Sales Manager (of Sales EU, the rep's parent unit) and a System Administrator, on rows the rep owns. The cases
/// are keyed by message name and checked against the default handler registry, so a new handler without a case
/// here fails <see cref="Cases_CoverEveryRegisteredMessage"/>.
/// </summary>
public sealed class MessageSecurityMatrixTests
{
    private const bool A = true;
    private const bool D = false;

    /// <summary>Message, then whether no-role, Salesperson, Sales Manager and System Administrator may send it.</summary>
    private static readonly Dictionary<string, (Func<Rows, OrganizationRequest> Build, bool[] Allowed)> Cases = new(StringComparer.Ordinal)
    {
        ["Create"] = (_ => new CreateRequest { Target = NewAccount() }, [D, A, A, A]),
        ["Retrieve"] = (r => new RetrieveRequest { Target = r.Account, ColumnSet = new ColumnSet("name") }, [D, A, A, A]),
        ["Update"] = (r => new UpdateRequest { Target = Rename(r.Account) }, [D, A, A, A]),

        // The manager deletes at Business Unit depth: the rep's row is in the unit below.
        ["Delete"] = (r => new DeleteRequest { Target = r.Account }, [D, A, D, A]),
        ["Upsert"] = (r => new UpsertRequest { Target = Rename(r.Account) }, [D, A, A, A]),
        ["RetrieveMultiple"] = (_ => new RetrieveMultipleRequest { Query = new QueryExpression("account") }, [D, A, A, A]),
        ["Associate"] = (r => new AssociateRequest { Target = r.Account, Relationship = new Relationship("opportunity_parent_account"), RelatedEntities = [r.Opportunity] }, [D, A, A, A]),
        ["Disassociate"] = (r => new DisassociateRequest { Target = r.Account, Relationship = new Relationship("opportunity_parent_account"), RelatedEntities = [r.Opportunity] }, [D, A, A, A]),
        ["WhoAmI"] = (_ => new WhoAmIRequest(), [A, A, A, A]),
        ["RetrieveVersion"] = (_ => new RetrieveVersionRequest(), [A, A, A, A]),
        ["SetState"] = (r => new SetStateRequest { EntityMoniker = r.Account, State = new OptionSetValue(1), Status = new OptionSetValue(-1) }, [D, A, A, A]),
        ["Assign"] = (r => new AssignRequest { Target = r.Account, Assignee = new EntityReference("systemuser", r.OtherRep) }, [D, A, A, A]),
        ["ExecuteMultiple"] = (r => new ExecuteMultipleRequest
        {
            Settings = new ExecuteMultipleSettings { ContinueOnError = false, ReturnResponses = true },
            Requests = [new UpdateRequest { Target = Rename(r.Account) }],
        }, [D, A, A, A]),
        ["ExecuteTransaction"] = (r => new ExecuteTransactionRequest { Requests = [new UpdateRequest { Target = Rename(r.Account) }] }, [D, A, A, A]),
        ["CreateMultiple"] = (_ => new CreateMultipleRequest { Targets = Accounts(NewAccount()) }, [D, A, A, A]),
        ["UpdateMultiple"] = (r => new UpdateMultipleRequest { Targets = Accounts(Rename(r.Account)) }, [D, A, A, A]),
        ["UpsertMultiple"] = (r => new OrganizationRequest("UpsertMultiple") { ["Targets"] = Accounts(Rename(r.Account), NewAccount()) }, [D, A, A, A]),
        ["WinOpportunity"] = (r => new WinOpportunityRequest { OpportunityClose = Close(r.Opportunity), Status = new OptionSetValue(-1) }, [D, A, A, A]),
        ["LoseOpportunity"] = (r => new LoseOpportunityRequest { OpportunityClose = Close(r.Opportunity), Status = new OptionSetValue(-1) }, [D, A, A, A]),
        ["RetrieveEntityChanges"] = (_ => new OrganizationRequest("RetrieveEntityChanges") { ["EntityName"] = "account", ["Columns"] = new ColumnSet("name") }, [D, A, A, A]),
    };

    public static TheoryData<string, string> MessagesAndUsers()
    {
        var data = new TheoryData<string, string>();
        foreach (var message in Cases.Keys)
        {
            foreach (var user in Users)
            {
                data.Add(message, user);
            }
        }

        return data;
    }

    private static readonly string[] Users = ["no role", "Salesperson", "Sales Manager", "System Administrator"];

    [Fact]
    public void Cases_CoverEveryRegisteredMessage()
    {
        Assert.Equal(
            MessageHandlerRegistry.CreateDefault().MessageNames.Order(StringComparer.Ordinal),
            Cases.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Handlers_EveryDefaultHandler_DeclaresItsPrivileges()
    {
        var registry = MessageHandlerRegistry.CreateDefault();

        var undeclared = registry.MessageNames.Where(m => registry.Resolve(new OrganizationRequest(m)).Privileges == MessagePrivileges.Undeclared);

        Assert.Empty(undeclared);
    }

    [Theory]
    [MemberData(nameof(MessagesAndUsers))]
    public void Execute_MessageAsUser_AllowedOrDeniedByTheUsersRoles(string message, string user)
    {
        using var org = new SecuredOrg();
        var rows = Rows.Seed(org);
        var caller = user switch
        {
            "no role" => org.NoRole,
            "Salesperson" => org.Rep,
            "Sales Manager" => org.Manager,
            _ => org.Admin,
        };
        var (build, allowed) = Cases[message];

        var denial = Denial(() => org.As(caller).Execute(build(rows)));

        Assert.True(allowed[Array.IndexOf(Users, user)] == (denial is null), $"{message} as {user}: {denial?.ToString() ?? "allowed"}");
    }

    // The security fault of a request, or null when it ran; ExecuteMultiple returns its requests' faults.
    private static OrganizationServiceFault? Denial(Func<OrganizationResponse> send)
    {
        try
        {
            var response = send();
            return response is ExecuteMultipleResponse { IsFaulted: true } batch ? batch.Responses.First(r => r.Fault is not null).Fault : null;
        }
        catch (System.ServiceModel.FaultException<OrganizationServiceFault> fault)
            when (fault.Detail.ErrorCode is SecurityErrorCodes.MissingPrivilege or SecurityErrorCodes.AccessCheckFailed)
        {
            return fault.Detail;
        }
    }

    private static Entity NewAccount() => new("account", Guid.NewGuid()) { ["name"] = "New" };

    private static Entity Rename(EntityReference row) => new(row.LogicalName, row.Id) { ["name"] = "Renamed" };

    private static EntityCollection Accounts(params Entity[] rows) => new(rows) { EntityName = "account" };

    private static Entity Close(EntityReference opportunity) => new("opportunityclose") { ["opportunityid"] = opportunity, ["subject"] = "Closed" };

    /// <summary>An account and an open opportunity the rep owns, and the rep's colleague.</summary>
    private sealed record Rows(EntityReference Account, EntityReference Opportunity, Guid OtherRep)
    {
        public static Rows Seed(SecuredOrg org)
        {
            var account = org.As(org.Rep).Create(new Entity("account") { ["name"] = "Rep's account" });
            var opportunity = org.OpportunityOf(org.Rep, "Rep's deal");
            return new Rows(new EntityReference("account", account), new EntityReference("opportunity", opportunity), org.OtherRep);
        }
    }
}
