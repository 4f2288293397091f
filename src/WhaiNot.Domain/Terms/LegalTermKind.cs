namespace WhaiNot.Domain.Terms;

/// <summary>The legal terms of the procedure that the box computes from the dates the worker enters.</summary>
public enum LegalTermKind
{
    /// <summary>The OCMW decides on the aid request.</summary>
    Decision,

    /// <summary>The OCMW notifies the client of its decision.</summary>
    Notification,

    /// <summary>The client may appeal to the labour court.</summary>
    Appeal,

    /// <summary>The GPMI (individualised project for social integration) is drawn up after the grant.</summary>
    GpmiDrawnUp,

    /// <summary>The GPMI is evaluated again.</summary>
    GpmiEvaluation,

    /// <summary>An OCMW that is not competent forwards the request to the competent one.</summary>
    Forwarding,
}
