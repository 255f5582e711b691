/**
 * Salted PBKDF2 hashes for the seeded logins, computed once with `hashPassword` (WebCrypto is
 * asynchronous, the seed is not). The seed never holds a password itself.
 * - 'demo' for the staff users, the two demo customers and the seeded active customers;
 * - 'Hub7Temp9Wacht' as the temporary password of the seeded awaiting/expired customers;
 * - UNUSABLE_HASH: a hash of a random password that was thrown away (generic seeded accounts).
 */
export const SEEDED_TEMPORARY_PASSWORD = 'Hub7Temp9Wacht';

export const seededHashes: Record<string, string> = {
  'beheerder@hub.example': 'pbkdf2-sha256$20000$rcwuDwMZC65XlSsSqfiCNQ==$MmHpmD6p+D/7C/AU5ug8vTdJP0yNOwSPH+bBU/rS+zo=',
  'relatiebeheerder@hub.example': 'pbkdf2-sha256$20000$lKoZmrlHnEIa3sArItlnoQ==$y0rceZCznB5tkSQQVViH9FiUogZSzpTHI0WI6D9j5w8=',
  'medewerker@hub.example': 'pbkdf2-sha256$20000$hduN+9Ap7NrIQKBLPOJGOg==$58Xe+xcZ5PdXTkMvd2KKi9HEWm1EDgTgL/b1KF1jFIg=',
  'beheerder2@hub.example': 'pbkdf2-sha256$20000$m30fsRc4vYeThXBxm/nb8A==$PhqAmttkE6YQBuX44+0KipbAx/oyjHgxrmyq2q2b5FQ=',
  'klant@hub.example': 'pbkdf2-sha256$20000$+pqJ4jP3REdBkZUMnETbIQ==$fca5G6Ac0EYbOGv2nHaCZd5Mbb81/wiX6uNtSx8T/aA=',
  'klant.leeg@hub.example': 'pbkdf2-sha256$20000$b6ZeDf8lmxsfyDOncM3JHg==$/YQIFpxWXK2ToHe418Lb1xuY7vUOVki8zvFKaZMB404=',
  'thomas.vanleeuwen@voorbeeld.nl': 'pbkdf2-sha256$20000$XsWvtxb6ooc9gFLY1DA4xQ==$hrpkwEKZIp2pM7HmTRdZwHV8cSVmG37w4Skb7a9LU0Y=',
  'noor.hendriks@voorbeeld.nl': 'pbkdf2-sha256$20000$cNmd5k7oJRmUni6lumSiEQ==$muYC/134VAUot6QHdn+UJ1wNyxJuRXrtHf+8y3ey3KY=',
  'eva.janssen@voorbeeld.nl': 'pbkdf2-sha256$20000$A5KGip4nv1ysaebh0cWy9g==$KtJatafdPRzglR7rbY+FGxI6jNOKhJlKwJ98bmbR6ZM=',
  'mila.degraaf@voorbeeld.nl': 'pbkdf2-sha256$20000$uhOOyeVblLI6r7P8zcCN9A==$1B9WlpCSKTb8Sm5bqW/NhrlwtGdw4J/9cj7J9MsKVpc=',
  'sem.dekker@voorbeeld.nl': 'pbkdf2-sha256$20000$wpQB4J+by7LB3rUGVWoL5w==$JczjB6vcD7P5nsVz4pkBLbL7VkZo2kRUSHig32JTt/k=',
  'julia.vandenheuvel@voorbeeld.nl': 'pbkdf2-sha256$20000$zZJmag9Zcz0N4BDTyz1t/w==$lgMG102/+kQYvWzV3mm5YexW6lpM3Hhuvse7+WKGW1s=',
};

export const UNUSABLE_HASH =
  'pbkdf2-sha256$20000$oFuZzP7jmLxzkOCxRi6nig==$cHJAeSglnLZY9i2tbSDMGx7OwsNJ9M/7jh74im0leSc=';

/**
 * The key that encrypts authenticator-app secrets at rest (AES-256-GCM). A real Hub keeps it in
 * its key store, apart from the data; the mock's is fixed so the seed's ciphertext below decrypts.
 */
export const SECOND_FACTOR_KEY = 'YdcSFTBPON8y2J3tewGiPm1dfgz/WkyBc1sR04QK4RY=';

/** DEMO_TOTP_SECRET encrypted with SECOND_FACTOR_KEY (logins.ts). */
export const SEEDED_TOTP_SECRET = 'aes-gcm$qPoKVJipJb5Mwwmm$iFaPPWH7JkA+yZHP6hpklNTfMfNx/fOK+UOPUuutaPGJtDrqKFnOYhj576F2TQOt';

/** SHA-256 (hex) of DEMO_RECOVERY_CODES without their dashes. */
export const SEEDED_RECOVERY_CODE_HASHES = [
  '7fdfc7f1a1fe1c231dbda21b40ef53f952b31dfd0d8e83c2d5b107c17b0ca406', '5b7e0d2d4fc45839c89056b9f7d9fb4adca461ea32d4fa7599784daa9ab3ddbc',
  'fb9830d1fdacafdb920fa712d4b86cbdd0f61151b05fd5dff8628a687bbc3762', '982eb9a7673a4ac4d68a1efb18d74d5561c4e14d0dd5c038a14fa742da860512',
  '38d78955b13ab9a1429a6f9c6a038f7fa321d96637c243a1bac52a236ff29689', '0a081bd9d411f25b41234df1738f92f3b2dd58f25da49306d0e556bcca039d7e',
  '5dff2197004b59521c6c2f8551553475fba7c6ca7057ddbdfdbffdfc7be4a1fd', 'fe8b2a4e06c534f6d8e4361aceab290950458160f2b42e2da592411a0dcbb379',
  '7cc571e3d90fc91ac1927f85e9c032c2bc8d5de73396b4eb1ce93e4861494a9c', '4386644db4c9c7274593e4da83b8f60f9e2fee4e07884a21a705632016eb3a46',
];
