import { css } from 'lit';

export const workerCardStyles = css`
  :host {
    container-type: inline-size;
    --cw-avatar-size: 4.5em;
    --cw-state-min-height: 10em;
    min-height: var(--cw-state-min-height);
  }

  .card,
  .team {
    border: 0.0625em solid var(--cw-color-border);
    border-radius: var(--cw-radius);
    background: var(--cw-color-bg);
    padding: var(--cw-space);
  }

  .card {
    display: grid;
    grid-template-columns: 1fr;
    gap: var(--cw-space);
  }

  @container (min-width: 24em) {
    .card {
      grid-template-columns: var(--cw-avatar-size) 1fr;
    }
  }

  .avatar {
    display: grid;
    place-items: center;
    width: var(--cw-avatar-size);
    height: var(--cw-avatar-size);
    border-radius: 50%;
    overflow: hidden;
    background: var(--cw-color-primary);
    color: var(--cw-color-on-primary);
    font-weight: 700;
    flex: none;
  }

  /* On the initials, not the box: the box is sized in em, and a bigger font would make it overlap the text. */
  .initials {
    font-size: 1.5em;
  }

  .avatar--small {
    --cw-avatar-size: 2.5em;
  }

  .avatar--small .initials {
    font-size: 1em;
  }

  .avatar img {
    width: 100%;
    height: 100%;
    object-fit: cover;
  }

  .name {
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }

  .meta {
    margin: 0.15em 0 0;
    color: var(--cw-color-muted);
  }

  .notice {
    margin-top: 0.75em;
  }

  .notice:empty {
    margin: 0;
  }

  .phones {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0.75em 0 0;
    padding: 0;
    list-style: none;
  }

  /* A number broken across lines is misread and mistyped. */
  [part='phone'] {
    white-space: nowrap;
  }

  .phone-kind {
    font-weight: 400;
    font-size: 0.875em;
  }

  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em 0.75em;
    margin: 0.75em 0 0;
  }

  dt {
    color: var(--cw-color-muted);
  }

  dd {
    margin: 0;
  }

  .duties {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    margin: 0.25em 0 0;
    padding: 0;
    list-style: none;
  }

  .duties li {
    padding: 0.1em 0.6em;
    border-radius: 1em;
    background: var(--cw-color-surface);
    border: 0.0625em solid var(--cw-color-border);
    font-size: 0.875em;
  }

  .actions {
    margin-top: 0.75em;
  }

  .team-header {
    margin-bottom: 0.5em;
  }

  .members {
    display: grid;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .member {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.25em 0.75em;
    align-items: center;
    padding: 0.5em 0;
    border-top: 0.0625em solid var(--cw-color-surface);
  }

  .member-actions {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  .member-actions > * {
    flex: 1 1 auto;
  }

  @container (min-width: 30em) {
    .member {
      grid-template-columns: auto 1fr auto;
    }
    .member-actions {
      grid-column: auto;
      justify-content: flex-end;
    }
    .member-actions > * {
      flex: none;
    }
  }

  .member-name {
    margin: 0;
    font-weight: 700;
  }
`;
