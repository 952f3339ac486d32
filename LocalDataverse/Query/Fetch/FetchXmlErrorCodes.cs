namespace DataverseSharing.LocalDataverse.Query.Fetch;

/// <summary>
/// The Dataverse error codes a FetchXML problem is reported with. Clients branch on these numbers, so they are the
/// platform's own: the names and values come from the platform's error-code table (CommonErrorCodes in
/// Microsoft.Dynamics.Solution.Common, the same table the "Web service error codes" page of the SDK documentation
/// lists). Dataverse answers FetchXML that is not XML with 0x80040201 "Invalid XML." (seen for example in
/// github.com/XRM-OSS/Xrm-WebApi-Client issue 37); rule violations carry 0x80040203 "Invalid Argument" unless one
/// of the more specific query-builder codes below names the problem.
/// </summary>
internal static class FetchXmlErrorCodes
{
    /// <summary>0x80040201 (-2147220991) InvalidXml: the text is not well-formed XML.</summary>
    public const int InvalidXml = unchecked((int)0x80040201);

    /// <summary>0x80040203 (-2147220989) InvalidArgument: well-formed FetchXML that breaks the schema or a rule.</summary>
    public const int InvalidArgument = unchecked((int)0x80040203);

    /// <summary>0x8004111C (-2147217124) QueryBuilderDeserializeInvalidNode: an element FetchXML does not have there.</summary>
    public const int InvalidNode = unchecked((int)0x8004111C);

    /// <summary>0x80041120 (-2147217120) QueryBuilderInvalidConditionOperator: an unknown condition operator.</summary>
    public const int InvalidConditionOperator = unchecked((int)0x80041120);

    /// <summary>0x80041117 (-2147217129) QueryBuilderDeserializeInvalidLinkType: an unknown link-entity link-type.</summary>
    public const int InvalidLinkType = unchecked((int)0x80041117);

    /// <summary>0x80041122 (-2147217118) QueryBuilderInvalidFilterType: a filter type other than and/or.</summary>
    public const int InvalidFilterType = unchecked((int)0x80041122);

    /// <summary>0x8004111A (-2147217126) QueryBuilderDeserializeInvalidAggregate: a misused aggregate, groupby or date grouping.</summary>
    public const int InvalidAggregate = unchecked((int)0x8004111A);

    /// <summary>
    /// 0x80041127 (-2147217113) QueryBuilderTopCountGreaterThanZero: a top that is not a positive number. (This is the
    /// code's meaning in the platform table; it is not a generic "malformed query" code.)
    /// </summary>
    public const int TopCountGreaterThanZero = unchecked((int)0x80041127);
}
