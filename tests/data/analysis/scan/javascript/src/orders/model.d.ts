export declare class Order {}
