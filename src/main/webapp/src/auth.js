// Login through the realm's public web client: authorization code flow with PKCE (S256), tokens
// kept in memory only, refreshed before they expire, and a logout that ends the Keycloak session.
import Keycloak from 'keycloak-js';

const ROLES = ['gp', 'link-worker', 'practitioner', 'commissioner', 'admin'];
let keycloak;

export async function logIn() {
  const response = await fetch('/app/config.json', { cache: 'no-store' });
  const config = await response.json();
  const [url, realm] = config.realmUrl.split('/realms/');
  keycloak = new Keycloak({ url, realm, clientId: config.clientId });
  keycloak.onTokenExpired = () => keycloak.updateToken(30).catch(() => keycloak.login());
  await keycloak.init({
    onLoad: 'login-required',
    pkceMethod: 'S256',
    // No hidden iframe polling the session: browsers block its third-party cookies anyway.
    checkLoginIframe: false,
  });
  return user();
}

/** A fresh access token, refreshed when it has less than 30 seconds left. */
export async function accessToken() {
  try {
    await keycloak.updateToken(30);
  } catch (e) {
    await keycloak.login();
  }
  return keycloak.token;
}

export function logOut() {
  return keycloak.logout({ redirectUri: `${window.location.origin}/app/` });
}

/** Who is logged in: name, role and the organisation the token names for that role. */
function user() {
  const token = keycloak.tokenParsed || {};
  const roles = (token.realm_access && token.realm_access.roles) || [];
  return {
    name: token.name || token.preferred_username || 'Signed in',
    username: token.preferred_username,
    role: ROLES.find((role) => roles.includes(role)) || null,
    odsCode: token.ods_code,
    pcnCode: token.pcn_code,
    practitionerId: token.practitioner_id,
    orgCode: token.org_code,
  };
}
