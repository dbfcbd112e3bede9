// How many records the tab's lists ask for at a time: the views' own calls and the reads started early must agree.

/** The catalogue's page of search results. */
export const PROVIDER_PAGE = 20;
/** The invoice register's page. */
export const INVOICE_PAGE = 50;
/** The contracts the invoice control offers. */
export const CONTRACT_LIST_LIMIT = 200;
/** The contract register's page: a screenful and then some; "Vis flere" reads the next. */
export const CONTRACT_PAGE = 50;
/** The whole clause library (a municipality's library is a few hundred clauses at most). */
export const CLAUSE_LIST_LIMIT = 200;
/** The library's topics, all of them, for their Danish names. */
export const TOPIC_LIMIT = 200;
/** The library's contract types, all of them, for their Danish names. */
export const CONTRACT_TYPE_LIMIT = 100;
