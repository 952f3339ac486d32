using DataverseSharing.WebApi.Metadata;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.WebApi.Tests.Metadata;

/// <summary>EntityDefinitions answers shaped as Dataverse returns them, for tests that need a table's metadata.</summary>
internal static class MetadataSamples
{
    public static TableMetadata Account() => MetadataCache.Parse("account", JObject.Parse("""
        {
          "LogicalName": "account", "EntitySetName": "accounts", "PrimaryIdAttribute": "accountid",
          "Attributes": [
            { "LogicalName": "accountid", "AttributeType": "Uniqueidentifier" },
            { "LogicalName": "name", "AttributeType": "String" },
            { "LogicalName": "accountnumber", "AttributeType": "String" },
            { "LogicalName": "revenue", "AttributeType": "Money" },
            { "LogicalName": "numberofemployees", "AttributeType": "Integer" },
            { "LogicalName": "industrycode", "AttributeType": "Picklist" },
            { "LogicalName": "statecode", "AttributeType": "State" },
            { "LogicalName": "createdon", "AttributeType": "DateTime" },
            { "LogicalName": "donotemail", "AttributeType": "Boolean" },
            { "LogicalName": "dvs_regions", "AttributeType": "Virtual", "AttributeTypeName": { "Value": "MultiSelectPicklistType" } },
            { "LogicalName": "primarycontactid", "AttributeType": "Lookup" },
            { "LogicalName": "ownerid", "AttributeType": "Owner" }
          ],
          "ManyToOneRelationships": [
            { "ReferencingAttribute": "primarycontactid", "ReferencedEntity": "contact", "ReferencingEntityNavigationPropertyName": "primarycontactid" },
            { "ReferencingAttribute": "ownerid", "ReferencedEntity": "systemuser", "ReferencingEntityNavigationPropertyName": "ownerid" },
            { "ReferencingAttribute": "ownerid", "ReferencedEntity": "team", "ReferencingEntityNavigationPropertyName": "ownerid" }
          ]
        }
        """));

    public static TableMetadata Contact() => MetadataCache.Parse("contact", JObject.Parse("""
        {
          "LogicalName": "contact", "EntitySetName": "contacts", "PrimaryIdAttribute": "contactid",
          "Attributes": [
            { "LogicalName": "contactid", "AttributeType": "Uniqueidentifier" },
            { "LogicalName": "fullname", "AttributeType": "String" },
            { "LogicalName": "parentcustomerid", "AttributeType": "Customer" }
          ],
          "ManyToOneRelationships": [
            { "ReferencingAttribute": "parentcustomerid", "ReferencedEntity": "account", "ReferencingEntityNavigationPropertyName": "parentcustomerid_account" },
            { "ReferencingAttribute": "parentcustomerid", "ReferencedEntity": "contact", "ReferencingEntityNavigationPropertyName": "parentcustomerid_contact" }
          ]
        }
        """));
}
