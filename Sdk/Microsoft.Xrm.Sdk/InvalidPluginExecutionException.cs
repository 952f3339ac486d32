using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>
/// Thrown by a plug-in to fail the operation; the platform rolls back the transaction and shows the message
/// to the caller.
/// </summary>
[Serializable]
public sealed class InvalidPluginExecutionException : Exception
{
    /// <summary>The error code used when the plug-in gives none (0x80040265, "ISV code aborted the operation").</summary>
    private const int IsvAbortedErrorCode = -2147220891;

    public InvalidPluginExecutionException()
        : this(OperationStatus.Failed)
    {
    }

    public InvalidPluginExecutionException(OperationStatus status)
    {
        Status = status;
        ErrorCode = IsvAbortedErrorCode;
    }

    public InvalidPluginExecutionException(OperationStatus status, string message)
        : this(status, IsvAbortedErrorCode, message)
    {
    }

    public InvalidPluginExecutionException(OperationStatus status, int errorCode, string message)
        : this(status, errorCode, message, PluginHttpStatusCode.NotSet)
    {
    }

    public InvalidPluginExecutionException(OperationStatus status, int errorCode, string message, PluginHttpStatusCode httpStatus)
        : base(message)
    {
        Status = status;
        ErrorCode = errorCode;
        HttpStatus = httpStatus;
    }

    public InvalidPluginExecutionException(string message)
        : this(OperationStatus.Failed, IsvAbortedErrorCode, message)
    {
    }

    public InvalidPluginExecutionException(string message, PluginHttpStatusCode httpStatus)
        : this(OperationStatus.Failed, IsvAbortedErrorCode, message, httpStatus)
    {
    }

    public InvalidPluginExecutionException(string message, Exception inner)
        : base(message, inner)
    {
        Status = OperationStatus.Failed;
        ErrorCode = IsvAbortedErrorCode;
    }

    private InvalidPluginExecutionException(SerializationInfo info, StreamingContext context)
        : base(info, context)
    {
        Status = (OperationStatus)info.GetInt32(nameof(Status));
        ErrorCode = info.GetInt32(nameof(ErrorCode));
        HttpStatus = (PluginHttpStatusCode)info.GetInt32(nameof(HttpStatus));
    }

    /// <summary>The outcome reported to the platform; <see cref="OperationStatus.Failed"/> unless given.</summary>
    public OperationStatus Status { get; }

    /// <summary>The error code reported to the caller.</summary>
    public int ErrorCode { get; }

    /// <summary>The HTTP status the Web API answers with; <see cref="PluginHttpStatusCode.NotSet"/> unless given.</summary>
    public PluginHttpStatusCode HttpStatus { get; }

#if NET
    [Obsolete("Formatter-based serialization is obsolete on .NET.", DiagnosticId = "SYSLIB0051")]
#endif
    public override void GetObjectData(SerializationInfo info, StreamingContext context)
    {
        base.GetObjectData(info, context);
        info.AddValue(nameof(Status), (int)Status);
        info.AddValue(nameof(ErrorCode), ErrorCode);
        info.AddValue(nameof(HttpStatus), (int)HttpStatus);
    }
}
