/**
 * Actions: the only way data is written. An action accepts attributes and arguments, runs its changes, then its
 * validations, then the data layer write with before/after hooks, all inside one transaction.
 */
@NullMarked
package dev.ashlar.action;

import org.jspecify.annotations.NullMarked;
