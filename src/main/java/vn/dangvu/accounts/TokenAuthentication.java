package vn.dangvu.accounts;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** An API request signed with a personal access token: stateless, and never stored in a session. */
final class TokenAuthentication extends AbstractAuthenticationToken {

    private final AccountPrincipal principal;
    private final long tokenId;

    TokenAuthentication(AccountPrincipal principal, long tokenId) {
        super(List.of());
        this.principal = principal;
        this.tokenId = tokenId;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public AccountPrincipal getPrincipal() {
        return principal;
    }

    long tokenId() {
        return tokenId;
    }
}
