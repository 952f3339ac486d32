using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Pipeline;

/// <summary>Takes the pre- and post-images a step registered, from the row as stored inside the transaction.</summary>
internal static class EntityImages
{
    public static void AddPreImages(IPipelineHost host, StepDefinition step, OrganizationRequest request, EntityImageCollection into)
    {
        foreach (var image in step.Images.Where(i => i.IsPreImage))
        {
            var id = RecordOf(request, PropertyOf(image), response: null);
            if (id is { } record && host.RetrieveForImage(record.LogicalName, record.Id, Columns(image)) is { } row)
            {
                into[image.Alias] = row;
            }
        }
    }

    public static void AddPostImages(IPipelineHost host, StepDefinition step, OrganizationRequest request, OrganizationResponse response, EntityImageCollection into)
    {
        foreach (var image in step.Images.Where(i => i.IsPostImage))
        {
            var id = RecordOf(request, PropertyOf(image), response);
            if (id is { } record && host.RetrieveForImage(record.LogicalName, record.Id, Columns(image)) is { } row)
            {
                into[image.Alias] = row;
            }
        }
    }

    // StepChecks fills in every registered image's property from its message; "Target" is only the fallback
    // Dataverse itself uses when a registration names none.
    private static string PropertyOf(StepImageDefinition image) => image.MessagePropertyName ?? "Target";

    private static ColumnSet Columns(StepImageDefinition image) =>
        image.Attributes.Count == 0 ? new ColumnSet(true) : new ColumnSet(image.Attributes.ToArray());

    /// <summary>The record an image property names: "id" is Create's new id (known after the operation).</summary>
    private static EntityReference? RecordOf(OrganizationRequest request, string property, OrganizationResponse? response)
    {
        if (property == "id")
        {
            var target = request.Parameters.TryGetValue("Target", out var t) ? t as Entity : null;
            return response is not null && response.Results.TryGetValue("id", out var id) && id is Guid guid && target is not null
                ? new EntityReference(target.LogicalName, guid)
                : null;
        }

        return request.Parameters.TryGetValue(property, out var value) ? value switch
        {
            Entity entity when entity.Id != Guid.Empty => entity.ToEntityReference(),
            EntityReference reference => reference,
            _ => null,
        } : null;
    }
}
