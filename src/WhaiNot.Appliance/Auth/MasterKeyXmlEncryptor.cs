using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using WhaiNot.Security.Keys;

namespace WhaiNot.Appliance.Auth;

/// <summary>
/// Encrypts ASP.NET's data-protection keys (which protect the sign-in cookies) at rest with a
/// subkey of the appliance master key, so the key ring in the data folder is useless on its own.
/// </summary>
internal sealed class MasterKeyXmlEncryptor(DataKey key) : IXmlEncryptor
{
    internal static readonly byte[] Context = Encoding.UTF8.GetBytes("data-protection-key-ring");

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        ArgumentNullException.ThrowIfNull(plaintextElement);
        var sealedBytes = key.Seal(Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting)), Context);
        return new EncryptedXmlInfo(new XElement("sealed", Convert.ToBase64String(sealedBytes)), typeof(MasterKeyXmlDecryptor));
    }
}
