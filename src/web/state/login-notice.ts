/**
 * "You have been logged out", for the login page that follows a deliberate logout. Kept here
 * rather than in the router's state: the page being left may itself redirect to the login page
 * (its session is gone) and that navigation would drop router state. It also tells that redirect
 * not to remember the page for after the next login: the user chose to leave.
 */
let loggedOut = false;

export function noteLoggedOut(): void {
  loggedOut = true;
}

export function justLoggedOut(): boolean {
  return loggedOut;
}

export function clearLoginNotice(): void {
  loggedOut = false;
}
