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
