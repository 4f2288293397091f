using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace WhaiNot.Appliance.Auth;

/// <summary>Opens what <see cref="MasterKeyXmlEncryptor"/> sealed. Created by the data-protection system through DI.</summary>
internal sealed class MasterKeyXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        ArgumentNullException.ThrowIfNull(encryptedElement);
        var key = services.GetRequiredService<DataProtectionKey>().Key;
        var plaintext = key.Open(Convert.FromBase64String(encryptedElement.Value), MasterKeyXmlEncryptor.Context);
        return XElement.Parse(Encoding.UTF8.GetString(plaintext));
    }
}
