using DataverseSharing.Plugins.Credit;
using DataverseSharing.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Integration.Practices;

/// <summary>A user credited on a practice.</summary>
public sealed record PracticeContributor(Guid UserId, string Name);

/// <summary>
/// The contributors of every practice, read in one paged query over the contributor links (with each user's name),
/// not one query per practice, so listing a large library costs a few pages.
/// </summary>
public static class PracticeContributors
{
    private const int PageSize = 5000;
    private const string UserAlias = "user";

    /// <summary>Each practice's contributors by practice id, in name order; practices without any are absent.</summary>
    public static IReadOnlyDictionary<Guid, IReadOnlyList<PracticeContributor>> All(IOrganizationService service)
    {
        ArgumentNullException.ThrowIfNull(service);
        var query = new QueryExpression(BestPracticeSchema.ContributorRelationship)
        {
            ColumnSet = new ColumnSet(BestPracticeSchema.Id, "systemuserid"),
            PageInfo = new PagingInfo { Count = PageSize, PageNumber = 1 },
        };
        var user = query.AddLink("systemuser", "systemuserid", "systemuserid", JoinOperator.LeftOuter);
        user.EntityAlias = UserAlias;
        user.Columns = new ColumnSet("fullname");

        var byPractice = new Dictionary<Guid, List<PracticeContributor>>();
        while (true)
        {
            var page = service.RetrieveMultiple(query);
            foreach (var link in page.Entities)
            {
                if (IdOf(link, BestPracticeSchema.Id) is not { } practice || CreditFactsReader.UserIdOf(link) is not { } id)
                {
                    continue;
                }

                var name = link.GetAttributeValue<AliasedValue>(UserAlias + ".fullname")?.Value as string ?? id.ToString("D");
                if (!byPractice.TryGetValue(practice, out var list))
                {
                    byPractice[practice] = list = [];
                }

                list.Add(new PracticeContributor(id, name));
            }

            if (!page.MoreRecords)
            {
                break;
            }

            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }

        return byPractice.ToDictionary(
            p => p.Key,
            p => (IReadOnlyList<PracticeContributor>)p.Value.OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.UserId).ToList());
    }

    private static Guid? IdOf(Entity link, string column) => link.Attributes.TryGetValue(column, out var value)
        ? value switch
        {
            Guid id => id,
            EntityReference reference => reference.Id,
            _ => null,
        }
        : null;
}
