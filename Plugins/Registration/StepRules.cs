using System;

namespace DataverseSharing.Plugins.Registration;

/// <summary>The registration rules Dataverse enforces on steps and images, kept in one place.</summary>
internal static class StepRules
{
    internal static void CheckStage(Type type, string where, PipelineStage stage, StepMode mode)
    {
        if (stage is not (PipelineStage.PreValidation or PipelineStage.PreOperation or PipelineStage.PostOperation))
        {
            // Stage 30 belongs to the platform's core operation (and custom API plug-ins, which are not steps).
            throw StepRegistrationReader.Fail(type, $"{where} uses stage {(int)stage}; a step registers at 10, 20 or 40");
        }

        if (mode == StepMode.Asynchronous && stage != PipelineStage.PostOperation)
        {
            throw StepRegistrationReader.Fail(type, $"{where} is asynchronous at stage {(int)stage}; asynchronous steps run only at post-operation (40)");
        }
    }

    internal static void CheckImage(Type type, string where, string message, PipelineStage stage, StepImageType imageType)
    {
        var wantsPre = imageType is StepImageType.PreImage or StepImageType.Both;
        var wantsPost = imageType is StepImageType.PostImage or StepImageType.Both;
        if (wantsPre && string.Equals(message, "Create", StringComparison.Ordinal))
        {
            throw StepRegistrationReader.Fail(type, $"{where} asks for a pre-image on Create; no record exists before a Create");
        }

        if (wantsPost && string.Equals(message, "Delete", StringComparison.Ordinal))
        {
            throw StepRegistrationReader.Fail(type, $"{where} asks for a post-image on Delete; no record exists after a Delete");
        }

        if (wantsPost && stage != PipelineStage.PostOperation)
        {
            throw StepRegistrationReader.Fail(type, $"{where} asks for a post-image at stage {(int)stage}; post-images exist only at post-operation (40)");
        }
    }

    /// <summary>The request parameter that names the record, for the messages whose property is documented.</summary>
    internal static string? DefaultMessageProperty(string message) => message switch
    {
        "Create" => "id",
        "Update" or "Delete" or "Assign" => "Target",
        "SetState" or "SetStateDynamicEntity" => "EntityMoniker",
        _ => null,
    };
}
