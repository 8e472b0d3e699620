import { charge } from './gateway';
