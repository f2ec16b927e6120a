import { createContext, useContext } from "react";

/** The CSP nonce of this response; on the client it is empty (browsers hide it after load). */
const NonceContext = createContext("");
export const NonceProvider = NonceContext.Provider;
export const useNonce = () => useContext(NonceContext);
