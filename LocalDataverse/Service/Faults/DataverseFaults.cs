using System.Globalization;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Service.Faults;

/// <summary>
/// Builds the FaultException&lt;OrganizationServiceFault&gt; Dataverse throws, with its code and message
/// wording, so code written against real Dataverse (and its tests) sees the same failure here.
/// </summary>
internal static class DataverseFaults
{
    public static FaultException<OrganizationServiceFault> Create(int errorCode, string message)
    {
        var fault = new OrganizationServiceFault
        {
            ErrorCode = errorCode,
            Message = message,
            Timestamp = DateTime.UtcNow,
        };
        return new FaultException<OrganizationServiceFault>(fault, new FaultReason(message));
    }

    public static FaultException<OrganizationServiceFault> RecordNotFound(string table, Guid id) =>
        Create(ErrorCodes.ObjectDoesNotExist, $"{table} With Id = {id:D} Does Not Exist");

    public static FaultException<OrganizationServiceFault> UnknownTable(string table) =>
        Create(ErrorCodes.QueryBuilderNoEntity, $"The entity with a name = '{table}' with namemapping = 'Logical' was not found in the MetadataCache.");

    public static FaultException<OrganizationServiceFault> UnknownColumn(string table, string column) =>
        Create(ErrorCodes.QueryBuilderNoAttribute, $"'{table}' entity doesn't contain attribute with Name = '{column}' and NameMapping = 'Logical'.");

    public static FaultException<OrganizationServiceFault> WrongType(string table, string column, object value, string expected) =>
        Create(ErrorCodes.InvalidArgument, $"Incorrect type of attribute value {value.GetType().FullName}. The attribute '{column}' of '{table}' takes {expected}.");

    public static FaultException<OrganizationServiceFault> TooLong(string table, string column, int maxLength) =>
        Create(ErrorCodes.StringLengthTooLong, $"A validation error occurred. The length of the '{column}' attribute of the '{table}' entity exceeded the maximum allowed length of '{maxLength}'.");

    public static FaultException<OrganizationServiceFault> OptionOutOfRange(string table, string column, int value, IEnumerable<int> accepted) =>
        Create(ErrorCodes.OutOfRange, $"A validation error occurred. The value {value} of '{column}' on record of type '{table}' is outside the valid range. Accepted Values: {string.Join(",", accepted.Select(v => v.ToString(CultureInfo.InvariantCulture)))}");

    public static FaultException<OrganizationServiceFault> NumberOutOfRange(string table, string column) =>
        Create(ErrorCodes.OutOfRange, $"A validation error occurred. The value of '{column}' on record of type '{table}' is outside the valid range.");

    public static FaultException<OrganizationServiceFault> DuplicateId(string table, Guid id) =>
        Create(ErrorCodes.DuplicateRecord, $"Cannot insert duplicate key. A {table} record with Id = {id:D} already exists.");

    public static FaultException<OrganizationServiceFault> DuplicateKey(string keyName, IEnumerable<string> columns) =>
        Create(ErrorCodes.DuplicateRecord, $"A record that has the attribute values {string.Join(", ", columns)} already exists. The entity key {keyName} requires that this set of attributes contains unique values. Select unique values and try again.");

    public static FaultException<OrganizationServiceFault> CannotDeleteDueToAssociation(string table, Guid id, string relationship) =>
        Create(ErrorCodes.CannotDeleteDueToAssociation, $"The object you tried to delete is associated with another object and cannot be deleted. Deleting records from {table} for Id(s) : {id:D}. Cascade Delete failed due to cascade restrict relation {relationship}.");

    public static FaultException<OrganizationServiceFault> KeyNotDefined(string table) =>
        Create(ErrorCodes.EntityKeyNotDefined, $"The specified key attributes are not a defined key for the {table} entity");

    public static FaultException<OrganizationServiceFault> NoRecordWithKey(string table) =>
        Create(ErrorCodes.ObjectDoesNotExist, $"A record with the specified key values does not exist in {table} entity");

    public static FaultException<OrganizationServiceFault> InvalidArgument(string message) => Create(ErrorCodes.InvalidArgument, message);

    public static FaultException<OrganizationServiceFault> Unsupported(string what) =>
        Create(ErrorCodes.UnexpectedError, $"LocalDataverse does not support {what}.");
}
